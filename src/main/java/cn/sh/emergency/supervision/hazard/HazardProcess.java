package cn.sh.emergency.supervision.hazard;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * Names of the hazard closed loop (隐患排查治理闭环, {@code processes/hazard/hazard-closed-loop.bpmn}): process key,
 * element ids and variables. Code and tests use these, never the strings; the code reads and writes the variables
 * through {@link Typed}.
 */
public final class HazardProcess {

  public static final String PROCESS_KEY = "hazard-closed-loop";

  public static final String START_EVENT_HAZARD_REPORTED = "StartEvent_HazardReported";
  public static final String USER_TASK_VERIFY_HAZARD = "UserTask_VerifyHazard";
  public static final String USER_TASK_DRAFT_LISTING_NOTICE = "UserTask_DraftListingNotice";
  public static final String USER_TASK_APPROVE_LISTING = "UserTask_ApproveListing";
  public static final String USER_TASK_SUBMIT_RECTIFICATION_PLAN = "UserTask_SubmitRectificationPlan";
  public static final String USER_TASK_RECORD_RECTIFICATION = "UserTask_RecordRectification";
  public static final String USER_TASK_DECIDE_OVERDUE = "UserTask_DecideOverdue";
  public static final String USER_TASK_APPROVE_EXTENSION = "UserTask_ApproveExtension";
  public static final String USER_TASK_ACCEPT_RECTIFICATION = "UserTask_AcceptRectification";
  public static final String SERVICE_TASK_LIST_HAZARD = "ServiceTask_ListHazard";
  public static final String SERVICE_TASK_REPORT_COMPLETION = "ServiceTask_ReportCompletion";
  public static final String SERVICE_TASK_MARK_OVERDUE = "ServiceTask_MarkOverdue";
  public static final String SERVICE_TASK_REFER_FOR_PENALTY = "ServiceTask_ReferForPenalty";
  public static final String SERVICE_TASK_APPLY_EXTENSION = "ServiceTask_ApplyExtension";
  public static final String SERVICE_TASK_COUNT_ACCEPTANCE_FAILURE = "ServiceTask_CountAcceptanceFailure";
  public static final String SERVICE_TASK_CLOSE_HAZARD = "ServiceTask_CloseHazard";
  public static final String SERVICE_TASK_URGE_RECTIFICATION = "ServiceTask_UrgeRectification";
  public static final String TIMER_RECTIFICATION_REMINDER = "Timer_RectificationReminder";
  public static final String TIMER_RECTIFICATION_DUE = "Timer_RectificationDue";
  public static final String END_EVENT_HAZARD_UNFOUNDED = "EndEvent_HazardUnfounded";
  public static final String END_EVENT_HAZARD_CLOSED = "EndEvent_HazardClosed";
  public static final String END_EVENT_URGED = "EndEvent_Urged";

  /** Variables (the forms under {@code forms/hazard/}). */
  public static final class Var {
    public static final String SOURCE = "source";
    public static final String LOCATION = "location";
    public static final String DESCRIPTION = "description";
    public static final String REPORTER_CONTACT = "reporterContact";
    public static final String HAZARD_LEVEL = "hazardLevel";
    public static final String FIXED_ON_SPOT = "fixedOnSpot";
    public static final String UNFOUNDED_REASON = "unfoundedReason";
    public static final String ON_SPOT_EVIDENCE = "onSpotEvidence";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    public static final String MEASURES_REQUIRED = "measuresRequired";
    public static final String SUSPENSION = "suspension";
    public static final String LISTING_APPROVAL = "listingApproval";
    public static final String PLAN_GOAL = "planGoal";
    public static final String PLAN_MEASURES = "planMeasures";
    public static final String PLAN_FUNDS = "planFunds";
    public static final String PLAN_RESPONSIBLE = "planResponsible";
    public static final String PLAN_SAFETY_MEASURES = "planSafetyMeasures";
    public static final String WORKERS_CONGRESS_INFORMED = "workersCongressInformed";
    public static final String RECTIFICATION_STATUS = "rectificationStatus";
    public static final String PROGRESS_NOTE = "progressNote";
    public static final String REQUESTED_DEADLINE = "requestedDeadline";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String OVERDUE_DECISION = "overdueDecision";
    public static final String INTERVIEW_SUMMARY = "interviewSummary";
    public static final String REFERRAL_REASON = "referralReason";
    public static final String EXTENSION_APPROVAL = "extensionApproval";
    public static final String ACCEPTANCE = "acceptance";
    public static final String OVERDUE_OCCURRED = "overdueOccurred";
    public static final String COMPLETION_REPORTED_AT = "completionReportedAt";
    public static final String ACCEPTANCE_FAILURES = "acceptanceFailures";
    public static final String EXTENSIONS_GRANTED = "extensionsGranted";
    public static final String RECTIFIED_ON_TIME = "rectifiedOnTime";

    private Var() {
    }
  }

  /**
   * The variables the code reads or writes, as the engine holds them (camunda-bpm-data). The dates a user chooses are
   * the forms' ISO text ({@code 2026-03-20}): the submission rules accept nothing else.
   */
  public static final class Typed {
    public static final VariableFactory<String> LOCATION = stringVariable(Var.LOCATION);
    public static final VariableFactory<String> DESCRIPTION = stringVariable(Var.DESCRIPTION);
    public static final VariableFactory<String> RECTIFICATION_DEADLINE = stringVariable(Var.RECTIFICATION_DEADLINE);
    public static final VariableFactory<String> MEASURES_REQUIRED = stringVariable(Var.MEASURES_REQUIRED);
    public static final VariableFactory<String> SUSPENSION = stringVariable(Var.SUSPENSION);
    public static final VariableFactory<String> REQUESTED_DEADLINE = stringVariable(Var.REQUESTED_DEADLINE);
    public static final VariableFactory<String> REFERRAL_REASON = stringVariable(Var.REFERRAL_REASON);
    public static final VariableFactory<Boolean> OVERDUE_OCCURRED = booleanVariable(Var.OVERDUE_OCCURRED);
    public static final VariableFactory<Date> COMPLETION_REPORTED_AT = dateVariable(Var.COMPLETION_REPORTED_AT);
    public static final VariableFactory<Integer> ACCEPTANCE_FAILURES = intVariable(Var.ACCEPTANCE_FAILURES);
    public static final VariableFactory<Integer> EXTENSIONS_GRANTED = intVariable(Var.EXTENSIONS_GRANTED);
    public static final VariableFactory<Boolean> RECTIFIED_ON_TIME = booleanVariable(Var.RECTIFIED_ON_TIME);

    private Typed() {
    }
  }

  /** Codes of the tasks' decisions; the code sets are enums ({@code HazardLevel}, {@link Suspension}, …). */
  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
    public static final String REFUSED = "REFUSED";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
    public static final String COMPLETED = "COMPLETED";
    public static final String WARNING_INTERVIEW = "WARNING_INTERVIEW";
    public static final String EXTENSION = "EXTENSION";
    public static final String PENALTY_REFERRAL = "PENALTY_REFERRAL";
    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";

    private Code() {
    }
  }

  /** How a hazard case ends ({@code caseOutcome} of its end events; the ledger's outcome). */
  public static final class Outcome {
    public static final String RECTIFIED = "RECTIFIED";
    public static final String UNFOUNDED = "UNFOUNDED";

    private Outcome() {
    }
  }

  private HazardProcess() {
  }
}
