package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.numberVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The names of {@code processes/penalty/decision-remedy.bpmn}: a party's 行政复议 or 行政诉讼 against its penalty
 * decision, from filing to outcome. While it is pending no court enforcement is applied for; a changed decision
 * takes its new fine, a revoked one ends its collection, and either is withdrawn from publication within 3 working
 * days (行政处罚法 art. 48 para. 2) — by the handler, or by the timer when the days have passed.
 */
public final class RemedyProcess {

  public static final String PROCESS_KEY = "decision-remedy";

  public static final String USER_TASK_RECORD_REMEDY_OUTCOME = "UserTask_RecordRemedyOutcome";
  public static final String SERVICE_TASK_APPLY_REMEDY_OUTCOME = "ServiceTask_ApplyRemedyOutcome";
  public static final String USER_TASK_WITHDRAW_PUBLICATION = "UserTask_WithdrawPublication";
  public static final String TIMER_WITHDRAWAL_DUE = "Timer_WithdrawalDue";
  public static final String SERVICE_TASK_WITHDRAW_PUBLICATION = "ServiceTask_WithdrawPublication";

  /** Correlated to the party's enforcement when its decision is revoked ({@code decisionNo} local there). */
  public static final String MESSAGE_DECISION_REVOKED = "PenaltyDecisionRevoked";

  private RemedyProcess() {
  }

  public static final class Var {
    public static final String DECISION_NO = "decisionNo";
    public static final String PARTY_NAME = "partyName";
    /** {@link RemedyKind}. */
    public static final String REMEDY_KIND = "remedyKind";
    public static final String REMEDY_FILED_ON = "remedyFiledOn";
    /** The review body (复议机关) or the court. */
    public static final String REMEDY_AUTHORITY = "remedyAuthority";
    /** Its case number (案号), if known. */
    public static final String REMEDY_REFERENCE = "remedyReference";
    /** {@link RemedyOutcome}. */
    public static final String REMEDY_OUTCOME = "remedyOutcome";
    public static final String REMEDY_DECIDED_ON = "remedyDecidedOn";
    /** The number of the review decision or judgment. */
    public static final String REMEDY_DOCUMENT_NO = "remedyDocumentNo";
    /** A changed decision's fine, whole yuan. */
    public static final String CHANGED_FINE_YUAN = "changedFineYuan";
    /** Set by the system: the decision's publication is to be withdrawn (published and not withdrawn yet). */
    public static final String WITHDRAWAL_NEEDED = "withdrawalNeeded";
    /** Why the publication is withdrawn; prefilled from the outcome. */
    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    private Var() {
    }
  }

  public static final class Typed {
    public static final VariableFactory<String> DECISION_NO = stringVariable(Var.DECISION_NO);
    public static final VariableFactory<String> REMEDY_KIND = stringVariable(Var.REMEDY_KIND);
    public static final VariableFactory<String> REMEDY_OUTCOME = stringVariable(Var.REMEDY_OUTCOME);
    public static final VariableFactory<String> REMEDY_DECIDED_ON = stringVariable(Var.REMEDY_DECIDED_ON);
    public static final VariableFactory<String> REMEDY_DOCUMENT_NO = stringVariable(Var.REMEDY_DOCUMENT_NO);
    public static final VariableFactory<String> REMEDY_FILED_ON = stringVariable(Var.REMEDY_FILED_ON);
    public static final VariableFactory<Number> CHANGED_FINE_YUAN = numberVariable(Var.CHANGED_FINE_YUAN);
    public static final VariableFactory<String> WITHDRAWAL_REASON = stringVariable(Var.WITHDRAWAL_REASON);

    private Typed() {
    }
  }
}
