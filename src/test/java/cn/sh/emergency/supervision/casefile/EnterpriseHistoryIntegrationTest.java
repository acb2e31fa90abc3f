package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

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

/** An enterprise's history across cases, as an escalation proposal needs it. */
@PostgresIntegrationTest
class EnterpriseHistoryIntegrationTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Autowired
  CaseFile caseFile;
  @Autowired
  EnterpriseHistory history;
  @Autowired
  TransactionTemplate transactions;

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
      caseFile.append(listedHazard, new RecordEntry(RecordKind.TASK_COMPLETED, NOW.minus(10, ChronoUnit.DAYS),
          "jingan-handler", "UserTask_DecideOverdue", "逾期处置", null, "WARNING_INTERVIEW", "约谈", Map.of()));
    });

    Instant twoYearsAgo = NOW.minus(730, ChronoUnit.DAYS);
    assertThat(history.casesOpenedSince(uscc.value(), "accident-investigation", twoYearsAgo))
        .containsExactly(recentAccident).doesNotContain(oldAccident);
    assertThat(history.openListedCases(uscc.value())).containsExactly(listedHazard);
    assertThat(history.casesWithOutcomeSince(uscc.value(), "WARNING_INTERVIEW", NOW.minus(365, ChronoUnit.DAYS)))
        .containsExactly(listedHazard);
    assertThat(history.casesWithOutcomeSince(uscc.value(), "WARNING_INTERVIEW", NOW)).isEmpty();
  }

  private String open(Uscc uscc, String lifecycle, Instant at) {
    // Baoshan: a district whose numbering no other test counts on.
    return transactions.execute(status -> caseFile.open(new OpenCase(CaseType.HZ, lifecycle, District.BAOSHAN, null,
        "history-" + uscc.value() + "-" + at.toEpochMilli(), "历史测试企业", uscc, Sector.OTHER, at, "jingan-handler")));
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
