package cn.sh.emergency.supervision.inspection;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The names of {@code processes/inspection/inspection-plan.bpmn}: 年度/专项执法检查计划 ("风险+信用"分类分级). A section
 * chief drafts the plan's scope; the plan takes the district's registered units in scope with how often each is to be
 * inspected ({@code inspection-frequency}) and why it is a key unit; the leaders approve it or send it back; it is
 * filed and published within a month of approval (urged after).
 */
public final class InspectionPlanProcess {

  public static final String PROCESS_KEY = "inspection-plan";
  /** The decision table of how often a unit is inspected. */
  public static final String FREQUENCY_DECISION = "inspection-frequency";

  public static final String START_EVENT_PLAN_DRAFTED = "StartEvent_PlanDrafted";
  public static final String SERVICE_TASK_COMPOSE_PLAN = "ServiceTask_ComposePlan";
  public static final String USER_TASK_APPROVE_PLAN = "UserTask_ApprovePlan";
  public static final String USER_TASK_REVISE_PLAN = "UserTask_RevisePlan";
  public static final String SERVICE_TASK_ADOPT_PLAN = "ServiceTask_AdoptPlan";
  public static final String USER_TASK_PUBLISH_PLAN = "UserTask_PublishPlan";
  public static final String TIMER_PUBLICATION_DUE = "Timer_PlanPublicationDue";
  public static final String SERVICE_TASK_URGE_PUBLICATION = "ServiceTask_UrgePlanPublication";
  public static final String SERVICE_TASK_RECORD_PUBLICATION = "ServiceTask_RecordPlanPublication";
  public static final String END_EVENT_PLAN_IN_FORCE = "EndEvent_PlanInForce";

  private InspectionPlanProcess() {
  }

  /** Variables (the forms {@code forms/inspection/inspection-plan-*.form}). */
  public static final class Var {
    /** {@link PlanKind}. */
    public static final String PLAN_KIND = "planKind";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    /** The sectors in scope (a checklist: JSON list or comma-separated codes); none: every sector. */
    public static final String PLAN_SECTORS = "planSectors";
    /** Written by the system when the plan is composed: what the leaders approve. */
    public static final String PLAN_UNITS = "planUnits";
    public static final String PLAN_KEY_UNITS = "planKeyUnits";
    public static final String PLANNED_INSPECTIONS = "plannedInspections";
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String PLAN_APPROVAL = "planApproval";
    public static final String PUBLISHED_ON = "publishedOn";
    /** Where it was published (区政府网站, 本局网站) and with whom it was filed (备案). */
    public static final String PUBLICATION_CHANNEL = "publicationChannel";
    public static final String FILED_WITH = "filedWith";

    private Var() {
    }
  }

  public static final class Typed {
    public static final VariableFactory<String> PLAN_KIND = stringVariable(Var.PLAN_KIND);
    public static final VariableFactory<String> PLAN_TITLE = stringVariable(Var.PLAN_TITLE);
    public static final VariableFactory<String> PERIOD_FROM = stringVariable(Var.PERIOD_FROM);
    public static final VariableFactory<String> PERIOD_TO = stringVariable(Var.PERIOD_TO);
    public static final VariableFactory<String> PUBLISHED_ON = stringVariable(Var.PUBLISHED_ON);

    private Typed() {
    }
  }

  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";

    private Code() {
    }
  }

  /** How a plan case ends: in force once published. */
  public static final class Outcome {
    public static final String IN_FORCE = "IN_FORCE";

    private Outcome() {
    }
  }
}
