package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.OpenCase;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Uscc;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.ErrorBodies;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a district's user is told about another district's cases when asking by something else than the case number:
 * a penalty decision's number reads exactly like one that does not exist (404 naming only the number typed), and a
 * referral becomes a case of its own district only, so neither case names one the other district cannot see.
 */
@PostgresIntegrationTest
class CrossDistrictLeaksIntegrationTest {

  /** Cases and decisions of a year no other test numbers in. */
  private static final Instant OPENED = Instant.parse("2031-03-03T01:00:00Z");

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseReferrals caseReferrals;
  @Autowired
  PenaltyCases penaltyCases;
  @Autowired
  TransactionTemplate transactions;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void anotherDistrictsDecisionNumberIsAnswered404LikeOneThatDoesNotExistAndNamesNoCase() throws Exception {
    String caseNo = open(CaseType.PN, "dual-penalty", "leak-decision");
    String decisionNo = transactions.execute(status -> {
      penaltyCases.register(caseNo, List.of(new Party(PartyKind.UNIT, "上海某化工有限公司", EngineRest.VALID_USCC, null,
          null, "SPL-102", "《中华人民共和国安全生产法》第一百零二条")));
      return penaltyCases.decide(penaltyCases.partyIds(caseNo).get(0), 10_000, 5_000L, 20_000L, District.JINGAN,
          LocalDate.of(2031, 3, 3), new RecordEntry(RecordKind.DECISION, OPENED, "jingan-leader", null, "处罚决定",
              null, null, null, Map.of()));
    });
    String unknown = "沪静应急罚〔2031〕999999号";
    assertThat(rest.getMap("jingan-handler", "/api/penalties/" + decisionNo).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (String user : List.of("changning-handler", "changning-leader")) {
      ResponseEntity<String> hidden = rest.as(user).getForEntity("/api/penalties/" + decisionNo, String.class);
      ResponseEntity<String> absent = rest.as(user).getForEntity("/api/penalties/" + unknown, String.class);
      assertThat(hidden.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(message(hidden)).isEqualTo("未找到处罚决定：" + decisionNo)
          .isEqualTo(message(absent).replace(unknown, decisionNo));
      assertThat(hidden.getBody()).doesNotContain(caseNo);
    }
    ResponseEntity<String> payment = rest.post("changning-handler", "/api/penalties/" + decisionNo + "/payments",
        Map.of("amountYuan", 100, "paidOn", "2026-03-02"));
    assertThat(payment.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(message(payment)).isEqualTo("未找到处罚决定：" + decisionNo);
    assertThat(payment.getBody()).doesNotContain(caseNo);
  }

  @Test
  void aReferralBecomesACaseOfItsOwnDistrictOnly() throws Exception {
    String hazard = open(CaseType.HZ, "hazard-closed-loop", "leak-referral");
    long referralId = transactions.execute(status -> caseReferrals.refer(hazard, ReferralKind.PENALTY, "逾期未整改",
        new RecordEntry(RecordKind.REFERRAL, OPENED, "jingan-handler", null, "移送行政处罚", null,
            ReferralKind.PENALTY.name(), null, Map.of())).id());

    Map<String, Object> proposal = new LinkedHashMap<>(ApiBodies.penalty());
    proposal.put("district", "changning");
    proposal.put("investigators", "city-handler,changning-handler");
    proposal.put("referralId", referralId);
    ResponseEntity<String> elsewhere = rest.post("city-handler", "/api/penalties", proposal);
    assertThat(elsewhere.getStatusCode()).as(elsewhere.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(elsewhere)).isEqualTo("移送的案件须在原案件所属区（静安区）立案");
    assertThat(caseReferrals.find(referralId).orElseThrow().targetCaseNo()).as("still open").isNull();
  }

  private String open(CaseType type, String lifecycle, String instance) {
    return transactions.execute(status -> caseFile.open(new OpenCase(type, lifecycle, District.JINGAN, null,
        instance + "-" + System.nanoTime(), "上海某化工有限公司", Uscc.of(EngineRest.VALID_USCC), Sector.OTHER, OPENED,
        "jingan-handler")));
  }

  private static String message(ResponseEntity<String> response) throws Exception {
    return ErrorBodies.message(response.getBody());
  }
}
