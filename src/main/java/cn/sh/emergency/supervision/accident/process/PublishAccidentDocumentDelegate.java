package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.DocumentNumbers;
import cn.sh.emergency.supervision.legalreview.DecisionRequest;
import cn.sh.emergency.supervision.legalreview.PublicationRequested;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the approved investigation report (国务院令第493号 art. 34) or the one-year evaluation of its
 * rectification (安全生产法 art. 86) through 行政执法公示, under a document number of the district and year.
 */
@Component("publishAccidentDocumentDelegate")
class PublishAccidentDocumentDelegate implements JavaDelegate {

  static final String REPORT = "REPORT";
  private static final String REPORT_KIND = "批";
  private static final String EVALUATION_KIND = "评";

  private final DocumentNumbers numbers;
  private final Deadline deadline;
  private final ApplicationEventPublisher events;
  private final CaseFile caseFile;

  PublishAccidentDocumentDelegate(DocumentNumbers numbers, Deadline deadline, ApplicationEventPublisher events,
                                  CaseFile caseFile) {
    this.numbers = numbers;
    this.deadline = deadline;
    this.events = events;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean report = REPORT.equals(Typed.PUBLISHED_DOCUMENT.from(execution).getOrNull());
    String district = CommonVariables.Typed.DISTRICT.from(execution).getOrNull();
    LocalDate today = deadline.dayOf(Date.from(EngineClock.now()));
    String number = numbers.next(District.of(district), report ? REPORT_KIND : EVALUATION_KIND, today.getYear());
    String text = report
        ? "事故调查报告批复。事故原因：" + Typed.CAUSE.from(execution).getOrNull()
        : "事故整改和防范措施落实情况评估：" + Typed.EVALUATION_RESULT.from(execution).getOrNull();
    String basis = report ? StatuteTexts.text("accident.publication.report-basis")
        : StatuteTexts.text("accident.publication.evaluation-basis");
    DecisionRequest document = new DecisionRequest(number, today,
        CommonVariables.Typed.ENTERPRISE_NAME.from(execution).getOrNull(), List.of(),
        Typed.DESCRIPTION.from(execution).getOrNull(), basis, text);
    String caseNo = CommonVariables.Typed.CASE_NO.from(execution).getOrNull();
    if (report) {
      Typed.REPORT_APPROVAL_NO.on(execution).set(number);
    } else {
      // The evaluation is done once its result is published; the ledger counts it for "evaluations done".
      caseFile.markEvaluated(caseNo, EngineClock.now());
    }
    events.publishEvent(new PublicationRequested(caseNo, district, document));
  }
}
