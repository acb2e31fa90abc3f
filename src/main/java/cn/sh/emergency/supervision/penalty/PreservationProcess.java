package cn.sh.emergency.supervision.penalty;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The names of {@code processes/penalty/evidence-preservation.bpmn}: 先行登记保存 (行政处罚法 art. 56) for an open
 * penalty case, approved by the leaders, with a decision on the preserved items within 7 working days.
 */
public final class PreservationProcess {

  public static final String PROCESS_KEY = "evidence-preservation";

  public static final String USER_TASK_APPROVE_PRESERVATION = "UserTask_ApprovePreservation";
  public static final String USER_TASK_DECIDE_PRESERVED_EVIDENCE = "UserTask_DecidePreservedEvidence";
  public static final String TIMER_PRESERVATION_DECISION_DUE = "Timer_PreservationDecisionDue";
  public static final String SERVICE_TASK_URGE_PRESERVATION_DECISION = "ServiceTask_UrgePreservationDecision";

  private PreservationProcess() {
  }

  public static final class Var {
    /** What is registered and preserved: the items, their quantity and where they are kept. */
    public static final String PRESERVED_ITEMS = "preservedItems";
    /** Why: the evidence may be lost or hard to obtain later. */
    public static final String PRESERVATION_REASON = "preservationReason";
    public static final String PRESERVATION_APPROVAL = "preservationApproval";
    /** {@link PreservationDecision}. */
    public static final String PRESERVATION_DECISION = "preservationDecision";

    private Var() {
    }
  }

  public static final class Typed {
    public static final VariableFactory<String> PRESERVED_ITEMS = stringVariable(Var.PRESERVED_ITEMS);
    public static final VariableFactory<String> PRESERVATION_REASON = stringVariable(Var.PRESERVATION_REASON);

    private Typed() {
    }
  }

  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";

    private Code() {
    }
  }
}
