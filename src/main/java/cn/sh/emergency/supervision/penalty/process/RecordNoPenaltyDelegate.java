package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.MitigationGround;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.shared.Coded;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * No penalty for this party (不予行政处罚): the leaders approved a proposal not to penalise, with its circumstance
 * (行政处罚法 art. 33, 57), or the collective discussion decided so. The record keeps the circumstance, its facts and
 * the article; the 不予行政处罚决定书 is then issued from the case's documents.
 */
@Component("recordNoPenaltyDelegate")
class RecordNoPenaltyDelegate implements JavaDelegate {

  private final PenaltyCases cases;

  RecordNoPenaltyDelegate(PenaltyCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String minutes = Typed.DISCUSSION_MINUTES.from(execution).getOrNull();
    String ground = Typed.MITIGATION_GROUND.from(execution).getOrNull();
    String facts = Typed.MITIGATION_FACTS.from(execution).getOrNull();
    Map<String, Object> details = new LinkedHashMap<>();
    String reason;
    if (ground != null) {
      details.put(Var.MITIGATION_GROUND, ground);
      details.put(Var.MITIGATION_ARTICLE, String.valueOf(Typed.MITIGATION_ARTICLE.from(execution).getOrNull()));
      reason = Coded.nameOf(MitigationGround.class, ground) + (facts == null ? "" : "：" + facts);
    } else {
      reason = minutes != null ? minutes : Typed.LEGAL_REVIEW_OPINION.from(execution).getOrNull();
    }
    details.put(Var.LEGAL_REVIEW_OUTCOME, String.valueOf(Typed.LEGAL_REVIEW_OUTCOME.from(execution).getOrNull()));
    cases.notPenalised(PartyOfStep.of(execution, cases), StepRecords.bySystem(execution,
        RecordKind.DECISION, null, null, reason, details));
  }
}
