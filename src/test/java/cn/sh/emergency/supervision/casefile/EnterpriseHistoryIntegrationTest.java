package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.EscalationProposals;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Uscc;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An enterprise's history across cases, as an escalation proposal needs it: within the district of the case that
 * reads it (the city's reads all districts).
 */
@PostgresIntegrationTest
class EnterpriseHistoryIntegrationTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseRecords caseRecords;
  @Autowired
  EnterpriseHistory history;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  EscalationProposals proposals;

  @Test
  void casesListedHazardsAndWarningInterviewsOfOneEnterprise() {
    Uscc uscc = uniqueUscc();
    String oldAccident = open(uscc, "accident-investigation", NOW.minus(800, ChronoUnit.DAYS));
    String recentAccident = open(uscc, "accident-investigation", NOW.minus(300, ChronoUnit.DAYS));
    String listedHazard = open(uscc, "hazard-closed-loop", NOW.minus(20, ChronoUnit.DAYS));
    String otherUnit = open(uniqueUscc(), "hazard-closed-loop", NOW.minus(20, ChronoUnit.DAYS));
    transactions.executeWithoutResult(status -> {
      caseFile.markListed(listedHazard, true, NOW);
      caseFile.markListed(otherUnit, true, NOW);
      caseRecords.append(listedHazard, new RecordEntry(RecordKind.TASK_COMPLETED, NOW.minus(10, ChronoUnit.DAYS),
          "jingan-handler", "UserTask_DecideOverdue", "逾期处置", null, "WARNING_INTERVIEW", "约谈", Map.of()));
    });

    Instant twoYearsAgo = NOW.minus(730, ChronoUnit.DAYS);
    assertThat(history.casesOpenedSince(District.BAOSHAN, uscc.value(), "accident-investigation", twoYearsAgo))
        .containsExactly(recentAccident).doesNotContain(oldAccident);
    assertThat(history.openListedCases(District.BAOSHAN, uscc.value())).containsExactly(listedHazard);
    assertThat(history.casesWithOutcomeSince(District.BAOSHAN, uscc.value(), "WARNING_INTERVIEW",
        NOW.minus(365, ChronoUnit.DAYS))).containsExactly(listedHazard);
    assertThat(history.casesWithOutcomeSince(District.BAOSHAN, uscc.value(), "WARNING_INTERVIEW", NOW)).isEmpty();
  }

  @Test
  void aDistrictsCaseNamesNoCaseOfAnotherDistrictTheCitysNamesThemAll() {
    Uscc uscc = uniqueUscc();
    String baoshan = open(uscc, "accident-investigation", NOW.minus(30, ChronoUnit.DAYS), District.BAOSHAN);
    String jiading = open(uscc, "accident-investigation", NOW.minus(20, ChronoUnit.DAYS), District.JIADING);
    String jiadingListed = open(uscc, "hazard-closed-loop", NOW.minus(20, ChronoUnit.DAYS), District.JIADING);
    transactions.executeWithoutResult(status -> {
      caseFile.markListed(jiadingListed, true, NOW);
      caseRecords.append(jiadingListed, new RecordEntry(RecordKind.TASK_COMPLETED, NOW.minus(10, ChronoUnit.DAYS),
          "jingan-handler", "UserTask_DecideOverdue", "逾期处置", null, "WARNING_INTERVIEW", "约谈", Map.of()));
    });
    Instant yearAgo = NOW.minus(365, ChronoUnit.DAYS);

    assertThat(history.casesOpenedSince(District.BAOSHAN, uscc.value(), "accident-investigation", yearAgo))
        .containsExactly(baoshan);
    assertThat(history.openListedCases(District.BAOSHAN, uscc.value())).isEmpty();
    assertThat(history.casesWithOutcomeSince(District.BAOSHAN, uscc.value(), "WARNING_INTERVIEW", yearAgo)).isEmpty();
    assertThat(history.casesOpenedSince(District.CITY, uscc.value(), "accident-investigation", yearAgo))
        .containsExactly(baoshan, jiading);
    assertThat(history.openListedCases(District.CITY, uscc.value())).containsExactly(jiadingListed);

    // The proposal a Baoshan accident's leaders read: the Baoshan accident, nothing of Jiading.
    String accident = open(uscc, "accident-investigation", NOW, District.BAOSHAN);
    assertThat(String.join("；", proposals.reasons(accident, uscc.value(), NOW, false, false)))
        .contains(baoshan).doesNotContain(jiading, jiadingListed, "挂牌督办", "约谈");
  }

  private String open(Uscc uscc, String lifecycle, Instant at) {
    // Baoshan: a district whose numbering no other test counts on.
    return open(uscc, lifecycle, at, District.BAOSHAN);
  }

  private String open(Uscc uscc, String lifecycle, Instant at, District district) {
    String instance = "history-" + uscc.value() + "-" + district.ordinal() + "-" + lifecycle.charAt(0) + "-"
        + at.toEpochMilli();
    return transactions.execute(status -> caseFile.open(new OpenCase(CaseType.HZ, lifecycle, district, null,
        instance, "历史测试企业", uscc, Sector.OTHER, at, "jingan-handler")));
  }

  /** A valid credit code not used by other tests: random body, check character computed by trial. */
  private static Uscc uniqueUscc() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    String body = "91310000" + String.format("%09d", (long) (Math.random() * 1_000_000_000L));
    for (char c : alphabet.toCharArray()) {
      if (Uscc.isValid(body + c)) {
        return Uscc.of(body + c);
      }
    }
    throw new IllegalStateException("no check character for " + body);
  }
}
