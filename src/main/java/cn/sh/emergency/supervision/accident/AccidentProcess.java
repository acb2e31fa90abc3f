package cn.sh.emergency.supervision.accident;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.numberVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.List;

/**
 * Names of the accident investigation (事故调查, {@code processes/accident/accident-investigation.bpmn}): process key,
 * element ids, messages and variables. Code and tests use these, never the strings; the code reads and writes the
 * variables through {@link Typed}.
 */
public final class AccidentProcess {

  public static final String PROCESS_KEY = "accident-investigation";

  public static final String START_EVENT_ACCIDENT_REPORTED = "StartEvent_AccidentReported";
  public static final String SERVICE_TASK_CHECK_REPORTING = "ServiceTask_CheckReporting";
  public static final String BUSINESS_RULE_TASK_GRADE = "BusinessRuleTask_GradeAccident";
  public static final String BUSINESS_RULE_TASK_INVESTIGATING_LEVEL = "BusinessRuleTask_InvestigatingLevel";
  public static final String SERVICE_TASK_PROPOSE_ESCALATION = "ServiceTask_ProposeEscalation";
  public static final String USER_TASK_REVIEW_ESCALATION = "UserTask_ReviewEscalation";
  public static final String SERVICE_TASK_ESCALATE = "ServiceTask_Escalate";
  public static final String USER_TASK_FORM_TEAM = "UserTask_FormTeam";
  public static final String USER_TASK_INVESTIGATE = "UserTask_Investigate";
  public static final String TIMER_REPORT_REMINDER = "Timer_ReportReminder";
  public static final String TIMER_REPORT_DUE = "Timer_ReportDue";
  public static final String SERVICE_TASK_URGE_REPORT = "ServiceTask_UrgeReport";
  public static final String SERVICE_TASK_MARK_REPORT_OVERDUE = "ServiceTask_MarkReportOverdue";
  public static final String USER_TASK_APPROVE_EXTENSION = "UserTask_ApproveExtension";
  public static final String SERVICE_TASK_EXTEND_REPORT_DEADLINE = "ServiceTask_ExtendReportDeadline";
  public static final String USER_TASK_APPROVE_REPORT = "UserTask_ApproveReport";
  public static final String SERVICE_TASK_EXTEND_APPROVAL = "ServiceTask_ExtendApproval";
  public static final String SERVICE_TASK_RECORD_APPROVAL = "ServiceTask_RecordApproval";
  public static final String SERVICE_TASK_EXCLUDE_APPRAISAL = "ServiceTask_ExcludeAppraisal";
  public static final String USER_TASK_DETERMINE_ACCOUNTABILITY = "UserTask_DetermineAccountability";
  public static final String SERVICE_TASK_START_PENALTY_CASE = "ServiceTask_StartPenaltyCase";
  public static final String SERVICE_TASK_PUBLISH_REPORT = "ServiceTask_PublishReport";
  public static final String TIMER_EVALUATION_DUE = "Timer_EvaluationDue";
  public static final String USER_TASK_EVALUATE_RECTIFICATION = "UserTask_EvaluateRectification";
  public static final String SERVICE_TASK_PUBLISH_EVALUATION = "ServiceTask_PublishEvaluation";
  public static final String USER_TASK_APPROVE_CLOSURE = "UserTask_ApproveClosure";
  public static final String END_EVENT_ACCIDENT_CLOSED = "EndEvent_AccidentClosed";

  /** Variables (the forms under {@code forms/accident/}). */
  public static final class Var {
    public static final String OCCURRED_AT = "occurredAt";
    public static final String REPORTED_AT = "reportedAt";
    public static final String DEATHS = AccidentDecisions.DEATHS;
    public static final String SERIOUS_INJURIES = AccidentDecisions.SERIOUS_INJURIES;
    public static final String MISSING = "missing";
    /** When the unit's head received the on-site report; the reporting hour runs from it (default: the accident). */
    public static final String RECEIVED_AT = "receivedAt";
    public static final String DIRECT_LOSS_YUAN = AccidentDecisions.DIRECT_LOSS_YUAN;
    public static final String ROAD_OR_FIRE = "roadOrFire";
    public static final String DESCRIPTION = "description";
    public static final String CONCEALMENT_SUSPECTED = "concealmentSuspected";
    public static final String LATE_REPORT = "lateReport";
    public static final String SUPPLEMENTARY_UNTIL = "supplementaryUntil";
    public static final String GRADE = AccidentDecisions.GRADE;
    public static final String INVESTIGATING_LEVEL = AccidentDecisions.INVESTIGATING_LEVEL;
    public static final String ESCALATION_PROPOSED = "escalationProposed";
    public static final String ESCALATION_REASONS = "escalationReasons";
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String ESCALATED = "escalated";
    public static final String ESCALATION_REASON = "escalationReason";
    public static final String TEAM_LEADER = "teamLeader";
    public static final String TEAM_MEMBERS = "teamMembers";
    public static final String REPORT_DUE = "reportDue";
    public static final String EXTENSION_DAYS_GRANTED = "extensionDaysGranted";
    /** Days of technical appraisal excluded from the report period so far. */
    public static final String APPRAISAL_DAYS = "appraisalDays";
    /** The appraisal period the handler records now (days). */
    public static final String APPRAISAL_PERIOD_DAYS = "appraisalPeriodDays";
    public static final String INVESTIGATION_STATUS = "investigationStatus";
    public static final String REQUESTED_EXTENSION_DAYS = "requestedExtensionDays";
    public static final String EXTENSION_APPROVAL = "extensionApproval";
    public static final String INVESTIGATION_REPORT = "investigationReport";
    public static final String CAUSE = "cause";
    public static final String REPORT_SUBMITTED_AT = "reportSubmittedAt";
    public static final String REPORT_APPROVAL = "reportApproval";
    public static final String APPROVED_AT = "approvedAt";
    /** The approval period of an extraordinary accident was extended once (art. 32). */
    public static final String APPROVAL_EXTENDED = "approvalExtended";
    public static final String EVALUATION_DUE_AT = "evaluationDueAt";
    /** When the evaluation task opens: early enough to finish within the year. */
    public static final String EVALUATION_OPENS_AT = "evaluationOpensAt";
    public static final String JUDICIAL_TRANSFER = "judicialTransfer";
    public static final String DISCIPLINARY_REFERRAL = "disciplinaryReferral";
    public static final String ACCOUNTABILITY_NOTE = "accountabilityNote";
    public static final String PENALTY_CASE_NO = "penaltyCaseNo";
    /** The officers who investigate the dual-penalty case (user ids; at least two with enforcement certificates). */
    public static final String PENALTY_INVESTIGATORS = "penaltyInvestigators";
    public static final String LEGAL_BASIS_ARTICLE = "legalBasisArticle";
    public static final String PRINCIPAL_NAME = "principalName";
    public static final String PRINCIPAL_ID_NUMBER = "principalIdNumber";
    public static final String PRINCIPAL_INCOME_YUAN = "principalIncomeYuan";
    public static final String EXEMPTION_REASON = "exemptionReason";
    public static final String REPORT_DEADLINE_ADJUSTMENT = "reportDeadlineAdjustment";
    public static final String PUBLISHED_DOCUMENT = "publishedDocument";
    /** The number under which the approved investigation report was published (事故调查报告批复). */
    public static final String REPORT_APPROVAL_NO = "reportApprovalNo";
    public static final String EVALUATION_RESULT = "evaluationResult";
    public static final String CAUSE_FOUND = "causeFound";
    public static final String RESPONSIBLE_DEALT_WITH = "responsibleDealtWith";
    public static final String RECTIFICATION_DONE = "rectificationDone";
    public static final String PEOPLE_EDUCATED = "peopleEducated";

    private Var() {
    }
  }

  /** The variables the code reads or writes, as the engine holds them (camunda-bpm-data). */
  public static final class Typed {
    /**
     * The accident's times as the forms and {@code /api} send them, ISO text ({@code 2026-03-02T07:00}); read as
     * submitted by {@code AccidentTimes}, which also takes a Date from the engine's REST API.
     */
    public static final VariableFactory<String> OCCURRED_AT = stringVariable(Var.OCCURRED_AT);
    public static final VariableFactory<String> REPORTED_AT = stringVariable(Var.REPORTED_AT);
    /** A Date once the reporting check has settled it (the accident's time if none was given); text before. */
    public static final VariableFactory<Date> RECEIVED_AT = dateVariable(Var.RECEIVED_AT);
    public static final VariableFactory<Number> DEATHS = numberVariable(Var.DEATHS);
    public static final VariableFactory<Number> SERIOUS_INJURIES = numberVariable(Var.SERIOUS_INJURIES);
    public static final VariableFactory<Number> MISSING = numberVariable(Var.MISSING);
    public static final VariableFactory<Number> DIRECT_LOSS_YUAN = numberVariable(Var.DIRECT_LOSS_YUAN);
    public static final VariableFactory<Boolean> ROAD_OR_FIRE = booleanVariable(Var.ROAD_OR_FIRE);
    public static final VariableFactory<String> DESCRIPTION = stringVariable(Var.DESCRIPTION);
    public static final VariableFactory<Boolean> CONCEALMENT_SUSPECTED = booleanVariable(Var.CONCEALMENT_SUSPECTED);
    public static final VariableFactory<Boolean> LATE_REPORT = booleanVariable(Var.LATE_REPORT);
    public static final VariableFactory<Date> SUPPLEMENTARY_UNTIL = dateVariable(Var.SUPPLEMENTARY_UNTIL);
    public static final VariableFactory<String> GRADE = stringVariable(Var.GRADE);
    public static final VariableFactory<String> INVESTIGATING_LEVEL = stringVariable(Var.INVESTIGATING_LEVEL);
    public static final VariableFactory<Boolean> ESCALATION_PROPOSED = booleanVariable(Var.ESCALATION_PROPOSED);
    public static final VariableFactory<String> ESCALATION_REASONS = stringVariable(Var.ESCALATION_REASONS);
    public static final VariableFactory<Boolean> ESCALATED = booleanVariable(Var.ESCALATED);
    public static final VariableFactory<String> ESCALATION_REASON = stringVariable(Var.ESCALATION_REASON);
    public static final VariableFactory<Date> REPORT_DUE = dateVariable(Var.REPORT_DUE);
    public static final VariableFactory<Integer> EXTENSION_DAYS_GRANTED = intVariable(Var.EXTENSION_DAYS_GRANTED);
    public static final VariableFactory<Integer> APPRAISAL_DAYS = intVariable(Var.APPRAISAL_DAYS);
    /** Number fields; read as submitted, as the engine's REST API may send a whole number as text. */
    public static final VariableFactory<Number> APPRAISAL_PERIOD_DAYS = numberVariable(Var.APPRAISAL_PERIOD_DAYS);
    public static final VariableFactory<Number> REQUESTED_EXTENSION_DAYS =
        numberVariable(Var.REQUESTED_EXTENSION_DAYS);
    public static final VariableFactory<String> CAUSE = stringVariable(Var.CAUSE);
    public static final VariableFactory<Date> APPROVED_AT = dateVariable(Var.APPROVED_AT);
    public static final VariableFactory<Boolean> APPROVAL_EXTENDED = booleanVariable(Var.APPROVAL_EXTENDED);
    public static final VariableFactory<Date> EVALUATION_DUE_AT = dateVariable(Var.EVALUATION_DUE_AT);
    public static final VariableFactory<Date> EVALUATION_OPENS_AT = dateVariable(Var.EVALUATION_OPENS_AT);
    public static final VariableFactory<Boolean> JUDICIAL_TRANSFER = booleanVariable(Var.JUDICIAL_TRANSFER);
    public static final VariableFactory<Boolean> DISCIPLINARY_REFERRAL = booleanVariable(Var.DISCIPLINARY_REFERRAL);
    public static final VariableFactory<String> ACCOUNTABILITY_NOTE = stringVariable(Var.ACCOUNTABILITY_NOTE);
    public static final VariableFactory<String> PENALTY_CASE_NO = stringVariable(Var.PENALTY_CASE_NO);
    /** The user ids, comma-separated, as the engine's REST API stores a people picker's choice. */
    public static final VariableFactory<String> PENALTY_INVESTIGATORS = stringVariable(Var.PENALTY_INVESTIGATORS);
    public static final VariableFactory<String> PRINCIPAL_NAME = stringVariable(Var.PRINCIPAL_NAME);
    public static final VariableFactory<String> PRINCIPAL_ID_NUMBER = stringVariable(Var.PRINCIPAL_ID_NUMBER);
    /** A number field; read as submitted, as the engine's REST API may send it as text. */
    public static final VariableFactory<Number> PRINCIPAL_INCOME_YUAN = numberVariable(Var.PRINCIPAL_INCOME_YUAN);
    public static final VariableFactory<String> EXEMPTION_REASON = stringVariable(Var.EXEMPTION_REASON);
    public static final VariableFactory<String> REPORT_DEADLINE_ADJUSTMENT =
        stringVariable(Var.REPORT_DEADLINE_ADJUSTMENT);
    public static final VariableFactory<String> PUBLISHED_DOCUMENT = stringVariable(Var.PUBLISHED_DOCUMENT);
    public static final VariableFactory<String> REPORT_APPROVAL_NO = stringVariable(Var.REPORT_APPROVAL_NO);
    public static final VariableFactory<String> EVALUATION_RESULT = stringVariable(Var.EVALUATION_RESULT);

    private Typed() {
    }
  }

  /** Codes of the tasks' decisions; the code sets are enums ({@code AccidentGrade}, {@link InvestigatingLevel}). */
  public static final class Code {
    public static final String ESCALATE = "ESCALATE";
    public static final String KEEP = "KEEP";
    public static final String REPORT_SUBMITTED = "REPORT_SUBMITTED";
    public static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
    public static final String APPRAISAL_RECORDED = "APPRAISAL_RECORDED";
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    public static final String RETURNED = "RETURNED";
    public static final String EXTEND = "EXTEND";

    private Code() {
    }
  }

  /** How an accident case ends ({@code caseOutcome} of its end event; the ledger's outcome). */
  public static final class Outcome {
    public static final String CLOSED = "CLOSED";

    private Outcome() {
    }
  }

  private AccidentProcess() {
  }
}
