package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.numberVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The names of {@code processes/penalty/on-the-spot-penalty.bpmn}: 简易程序 (行政处罚法 arts. 51, 52) — a warning or a
 * small fine decided on the spot by two officers, its numbered 当场行政处罚决定书 handed over at once, filed with the
 * bureau (备案) within the period, the fine collected. A penalty case ({@code PN}) of its own with one party.
 */
public final class OnTheSpotProcess {

  public static final String PROCESS_KEY = "on-the-spot-penalty";

  public static final String SERVICE_TASK_ISSUE_DECISION = "ServiceTask_IssueOnTheSpotDecision";
  public static final String USER_TASK_FILE_DECISION = "UserTask_FileOnTheSpotDecision";
  public static final String TIMER_FILING_DUE = "Timer_FilingDue";
  public static final String TIMER_PAYMENT_DUE = "Timer_OnTheSpotPaymentDue";
  public static final String USER_TASK_HANDLE_OVERDUE_FINE = "UserTask_HandleOverdueFine";
  public static final String SERVICE_TASK_CONCLUDE_PAID = "ServiceTask_ConcludeOnTheSpotPaid";
  public static final String END_EVENT_CLOSED = "EndEvent_OnTheSpotClosed";

  private OnTheSpotProcess() {
  }

  /** Variables (the forms {@code forms/penalty/on-the-spot-*.form}); the enterprise is the inspected unit. */
  public static final class Var {
    /** {@link PartyKind}: the unit itself, or a person ({@link #PARTY_NAME}, {@link #PARTY_ID_NUMBER}). */
    public static final String PARTY_KIND = PenaltyDecisions.PARTY_KIND;
    public static final String PARTY_NAME = "partyName";
    public static final String PARTY_ID_NUMBER = "partyIdNumber";
    /** {@link SummaryPenalty}. */
    public static final String SUMMARY_PENALTY = PenaltyDecisions.SUMMARY_PENALTY;
    public static final String FINE_YUAN = PenaltyDecisions.FINE_YUAN;
    public static final String VIOLATION_FACTS = DualPenaltyProcess.Var.VIOLATION_FACTS;
    /** The article and its wording the penalty rests on. */
    public static final String LEGAL_BASIS = DualPenaltyProcess.Var.LEGAL_BASIS;
    /** Where it was decided (地点, art. 52). */
    public static final String DECISION_PLACE = "decisionPlace";
    public static final String INVESTIGATORS = DualPenaltyProcess.Var.INVESTIGATORS;
    /** The party was told the facts, reasons and basis and heard (行政处罚法 arts. 44, 45): confirmed by the officers. */
    public static final String STATEMENT_HEARD = "statementHeard";
    public static final String PARTY_STATEMENT = "partyStatement";
    /** The party refused to sign for the decision; the decision notes it (art. 52). */
    public static final String PARTY_REFUSED_TO_SIGN = "partyRefusedToSign";
    /** Set by the system: the party, its decision number and day, and the payment period's end. */
    public static final String PARTY_ID = DualPenaltyProcess.Var.PARTY_ID;
    public static final String DECISION_NO = DualPenaltyProcess.Var.DECISION_NO;
    public static final String DECIDED_AT = "decidedAt";
    public static final String PAYMENT_DUE_AT = DualPenaltyProcess.Var.PAYMENT_DUE_AT;
    public static final String FILING_OPINION = "opinion";
    public static final String DEMAND_SERVED_ON = DualPenaltyProcess.Var.DEMAND_SERVED_ON;
    public static final String COURT_NAME = DualPenaltyProcess.Var.COURT_NAME;
    public static final String COURT_APPLIED_ON = DualPenaltyProcess.Var.COURT_APPLIED_ON;

    private Var() {
    }
  }

  public static final class Typed {
    public static final VariableFactory<String> PARTY_KIND = stringVariable(Var.PARTY_KIND);
    public static final VariableFactory<String> PARTY_NAME = stringVariable(Var.PARTY_NAME);
    public static final VariableFactory<String> PARTY_ID_NUMBER = stringVariable(Var.PARTY_ID_NUMBER);
    public static final VariableFactory<String> SUMMARY_PENALTY = stringVariable(Var.SUMMARY_PENALTY);
    public static final VariableFactory<Number> FINE_YUAN = numberVariable(Var.FINE_YUAN);
    public static final VariableFactory<String> LEGAL_BASIS = stringVariable(Var.LEGAL_BASIS);
    public static final VariableFactory<String> VIOLATION_FACTS = stringVariable(Var.VIOLATION_FACTS);
    public static final VariableFactory<Boolean> PARTY_REFUSED_TO_SIGN = booleanVariable(Var.PARTY_REFUSED_TO_SIGN);

    private Typed() {
    }
  }
}
