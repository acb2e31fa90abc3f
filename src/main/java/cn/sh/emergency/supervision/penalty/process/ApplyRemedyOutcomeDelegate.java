package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.legalreview.PublicationView;
import cn.sh.emergency.supervision.legalreview.Publications;
import cn.sh.emergency.supervision.penalty.RemedyKind;
import cn.sh.emergency.supervision.penalty.RemedyOutcome;
import cn.sh.emergency.supervision.penalty.RemedyProcess;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Typed;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The outcome of a 行政复议 or 行政诉讼 takes effect on the decision: a changed fine is the fine owed from now on, a
 * revoked decision ends the party's enforcement in its case. Either way the published decision must go
 * ({@code withdrawalNeeded}, with the reason to be published), unless it was never published or already withdrawn.
 */
@Component("applyRemedyOutcomeDelegate")
class ApplyRemedyOutcomeDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final Publications publications;
  private final RuntimeService runtimeService;
  private final CaseRecords caseRecords;

  ApplyRemedyOutcomeDelegate(PenaltyCases cases, Publications publications, RuntimeService runtimeService,
                             CaseRecords caseRecords) {
    this.cases = cases;
    this.publications = publications;
    this.runtimeService = runtimeService;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String decisionNo = Typed.DECISION_NO.from(execution).get();
    RemedyOutcome outcome = Coded.find(RemedyOutcome.class, Typed.REMEDY_OUTCOME.from(execution).get()).orElseThrow();
    String kind = Coded.nameOf(RemedyKind.class, Typed.REMEDY_KIND.from(execution).get());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(Var.DECISION_NO, decisionNo);
    details.put(Var.REMEDY_OUTCOME, outcome.code());
    details.put(Var.REMEDY_DOCUMENT_NO, Typed.REMEDY_DOCUMENT_NO.from(execution).getOrNull());
    String effect = switch (outcome) {
      case CHANGED -> {
        long fine = Typed.CHANGED_FINE_YUAN.from(execution).get().longValue();
        long before = cases.changeFine(decisionNo, fine);
        details.put("fineBeforeYuan", before);
        details.put("fineYuan", fine);
        yield "罚款由" + before + "元变更为" + fine + "元";
      }
      case REVOKED -> {
        cases.revoked(decisionNo);
        runtimeService.createMessageCorrelation(RemedyProcess.MESSAGE_DECISION_REVOKED)
            .processInstanceBusinessKey(caseNo).localVariableEquals(Var.DECISION_NO, decisionNo).correlateAll();
        yield "处罚决定不再执行";
      }
      default -> "原处罚决定继续执行";
    };
    String reason = kind + "结果：" + outcome.chineseName() + "（" + Typed.REMEDY_DOCUMENT_NO.from(execution).getOrNull()
        + "，" + Typed.REMEDY_DECIDED_ON.from(execution).getOrNull() + "）";
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, null, outcome.code(),
        reason + "，" + effect + "。" + CommonVariables.Typed.OPINION.from(execution).getOptional().orElse(""), details)
        .withOutcomeName(outcome.chineseName()));
    boolean withdrawal = outcome.withdrawsPublication() && published(decisionNo);
    execution.setVariable(Var.WITHDRAWAL_NEEDED, withdrawal);
    if (withdrawal) {
      Typed.WITHDRAWAL_REASON.on(execution).set("该行政处罚决定经" + reason + "，依据《中华人民共和国行政处罚法》"
          + "第四十八条第二款撤回原公示信息。");
    }
  }

  /** Published and still shown. */
  private boolean published(String decisionNo) {
    try {
      PublicationView view = publications.find(decisionNo);
      return view.publishedAt() != null && view.withdrawnAt() == null;
    } catch (NotFoundException notPublished) {
      return false;
    }
  }
}
