package cn.sh.emergency.supervision.inspection;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The names of {@code processes/inspection/enforcement-inspection.bpmn}: 执法检查 (安全生产法 art. 65) as Shanghai's
 * 检查码 has it — 先申请赋码、再凭码检查、最后扫码评价. The officers apply for the code, inspect on site with the sector's
 * checklist, and hand every finding over (a hazard case, a penalty referral); an inspection not held while its code is
 * valid is void.
 */
public final class InspectionProcess {

  public static final String PROCESS_KEY = "enforcement-inspection";

  public static final String START_EVENT_INSPECTION_APPLIED = "StartEvent_InspectionApplied";
  public static final String SERVICE_TASK_ISSUE_INSPECTION_CODE = "ServiceTask_IssueInspectionCode";
  public static final String USER_TASK_INSPECT_ON_SITE = "UserTask_InspectOnSite";
  public static final String TIMER_CODE_EXPIRED = "Timer_CodeExpired";
  public static final String SERVICE_TASK_VOID_INSPECTION_CODE = "ServiceTask_VoidInspectionCode";
  public static final String USER_TASK_RECORD_FINDING = "UserTask_RecordFinding";
  public static final String SERVICE_TASK_HAND_OVER_FINDING = "ServiceTask_HandOverFinding";
  public static final String SERVICE_TASK_RECORD_ON_SITE_INSPECTION = "ServiceTask_RecordOnSiteInspection";
  public static final String END_EVENT_NO_FINDING = "EndEvent_NoFinding";
  public static final String END_EVENT_HAZARDS_HANDED_OVER = "EndEvent_HazardsHandedOver";
  public static final String END_EVENT_PENALTY_REFERRED = "EndEvent_PenaltyReferred";
  public static final String END_EVENT_CODE_VOIDED = "EndEvent_CodeVoided";

  private InspectionProcess() {
  }

  /** Variables (the forms under {@code forms/inspection/}). */
  public static final class Var {
    /** {@link InspectionBasis}: why the unit is inspected. */
    public static final String INSPECTION_BASIS = "inspectionBasis";
    /** The plan a planned inspection follows (its case number). */
    public static final String PLAN_NO = "planNo";
    /** The 双随机 draw a drawn inspection comes from (written by the draw, never by a user). */
    public static final String DRAW_NO = "drawNo";
    /** The complaint, the assignment or the referral that triggered it (触发原因); a planned one: none. */
    public static final String BASIS_REASON = "basisReason";
    /** The two or more officers (user ids) who inspect, each with an enforcement certificate. */
    public static final String INSPECTORS = "inspectors";
    public static final String PLANNED_ON = "plannedOn";
    /** Written by the system: the 检查码 and the last day it is valid. */
    public static final String INSPECTION_CODE = "inspectionCode";
    public static final String CODE_VALID_UNTIL = "codeValidUntil";
    /** Written by the system: the sector's checklist as options ({@code [{label, value}]}) for the on-site form. */
    public static final String CHECKLIST_ITEMS = "checklistItems";
    public static final String INSPECTION_STARTED_AT = "inspectionStartedAt";
    public static final String INSPECTION_ENDED_AT = "inspectionEndedAt";
    public static final String SITE_PLACE = "sitePlace";
    /** 被检查单位现场负责人: name and position. */
    public static final String SITE_REPRESENTATIVE = "siteRepresentative";
    public static final String CHECKED_ITEMS = "checkedItems";
    public static final String NON_COMPLIANT_ITEMS = "nonCompliantItems";
    public static final String SITE_SITUATION = "siteSituation";
    /** {@link InspectionResult}. */
    public static final String INSPECTION_RESULT = "inspectionResult";
    public static final String FINDING_DESCRIPTION = "findingDescription";
    public static final String FINDING_LOCATION = "findingLocation";
    /** The checklist item the finding falls under, if any. */
    public static final String FINDING_ITEM = "findingItem";
    /** {@link FindingAction}. */
    public static final String FINDING_ACTION = "findingAction";
    /** {@code NEXT}: another finding to record; {@code DONE}: all recorded. */
    public static final String MORE_FINDINGS = "moreFindings";
    /** Written by the system: whether a finding was referred for a penalty (the case's outcome). */
    public static final String PENALTY_REFERRED = "penaltyReferred";

    private Var() {
    }
  }

  public static final class Typed {
    public static final VariableFactory<String> INSPECTION_BASIS = stringVariable(Var.INSPECTION_BASIS);
    public static final VariableFactory<String> BASIS_REASON = stringVariable(Var.BASIS_REASON);
    public static final VariableFactory<String> PLAN_NO = stringVariable(Var.PLAN_NO);
    public static final VariableFactory<String> DRAW_NO = stringVariable(Var.DRAW_NO);
    public static final VariableFactory<String> PLANNED_ON = stringVariable(Var.PLANNED_ON);
    public static final VariableFactory<String> INSPECTION_CODE = stringVariable(Var.INSPECTION_CODE);
    public static final VariableFactory<String> CODE_VALID_UNTIL = stringVariable(Var.CODE_VALID_UNTIL);
    public static final VariableFactory<String> INSPECTION_STARTED_AT = stringVariable(Var.INSPECTION_STARTED_AT);
    public static final VariableFactory<String> INSPECTION_ENDED_AT = stringVariable(Var.INSPECTION_ENDED_AT);
    public static final VariableFactory<String> INSPECTION_RESULT = stringVariable(Var.INSPECTION_RESULT);
    public static final VariableFactory<String> FINDING_DESCRIPTION = stringVariable(Var.FINDING_DESCRIPTION);
    public static final VariableFactory<String> FINDING_LOCATION = stringVariable(Var.FINDING_LOCATION);
    public static final VariableFactory<String> FINDING_ITEM = stringVariable(Var.FINDING_ITEM);
    public static final VariableFactory<String> FINDING_ACTION = stringVariable(Var.FINDING_ACTION);

    private Typed() {
    }
  }

  public static final class Code {
    /** The referral that links a hazard case opened from a finding to its inspection. */
    public static final String HAZARD_OPENED = "HAZARD_OPENED";
    public static final String NEXT = "NEXT";
    public static final String DONE = "DONE";

    private Code() {
    }
  }

  /** How an inspection case ends ({@code caseOutcome} of its end events; the ledger's outcome). */
  public static final class Outcome {
    public static final String NO_FINDING = "NO_FINDING";
    public static final String HAZARDS_HANDED_OVER = "HAZARDS_HANDED_OVER";
    public static final String PENALTY_REFERRED = "PENALTY_REFERRED";
    public static final String VOIDED = "VOIDED";

    private Outcome() {
    }
  }
}
