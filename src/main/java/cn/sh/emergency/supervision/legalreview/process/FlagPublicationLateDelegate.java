package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationTyped;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The publication deadline passed before publication: the lateness is flagged and recorded. */
@Component("flagPublicationLateDelegate")
class FlagPublicationLateDelegate implements JavaDelegate {

  private final CaseRecords caseRecords;

  FlagPublicationLateDelegate(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicationTyped.PUBLICATION_LATE.on(execution).set(true);
    StepRecords.caseNo(execution).ifPresent(caseNo -> caseRecords.append(caseNo, StepRecords.bySystem(execution,
        RecordKind.PUBLICATION, "公示逾期", "LATE", null,
        Map.of("decisionNo", String.valueOf(PublicationTyped.DECISION_NO.from(execution).getOrNull())))
        .withOutcomeName("公示逾期")));
  }
}
