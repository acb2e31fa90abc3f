package cn.sh.emergency.supervision.penalty;

/**
 * The names of {@code processes/penalty/payment-plan.bpmn}: a party's application to pay its fine later or in
 * instalments (行政处罚法 art. 66), recorded by a handler and approved or refused by the leaders. Approved, the plan
 * governs what the party owes and when the collection counts it overdue.
 */
public final class PaymentPlanProcess {

  public static final String PROCESS_KEY = "payment-plan";

  public static final String USER_TASK_APPROVE_PAYMENT_PLAN = "UserTask_ApprovePaymentPlan";
  public static final String SERVICE_TASK_ADOPT_PAYMENT_PLAN = "ServiceTask_AdoptPaymentPlan";

  private PaymentPlanProcess() {
  }

  public static final class Var {
    public static final String DECISION_NO = DualPenaltyProcess.Var.DECISION_NO;
    public static final String PARTY_NAME = DualPenaltyProcess.Var.PARTY_NAME;
    /** {@link PaymentPlanKind}. */
    public static final String PAYMENT_PLAN_KIND = "paymentPlanKind";
    /** The party's financial difficulty, as its application states it. */
    public static final String PAYMENT_PLAN_REASON = "paymentPlanReason";
    /** JSON {@code [{dueOn, amountYuan}]}, set by the system from the application. */
    public static final String PAYMENT_PLAN = "paymentPlan";
    /** The plan in words, for the leaders' form. */
    public static final String PAYMENT_PLAN_TEXT = "paymentPlanText";
    public static final String PAYMENT_PLAN_APPROVAL = "paymentPlanApproval";

    private Var() {
    }
  }

  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";

    private Code() {
    }
  }
}
