package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.numberVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * Names of the dual-penalty case (一案双罚, {@code processes/penalty/dual-penalty.bpmn}): process key, element ids,
 * messages and variables. Code and tests use these, never the strings; the code reads and writes the variables
 * through {@link Typed}.
 */
public final class DualPenaltyProcess {

  public static final String PROCESS_KEY = "dual-penalty";

  public static final String START_EVENT_CASE_PROPOSED = "StartEvent_CaseProposed";
  public static final String SERVICE_TASK_LINK_SOURCE_CASE = "ServiceTask_LinkSourceCase";
  public static final String SERVICE_TASK_RECORD_PARTIES = "ServiceTask_RecordParties";
  public static final String USER_TASK_APPROVE_REGISTRATION = "UserTask_ApproveRegistration";
  public static final String SERVICE_TASK_REGISTER_CASE = "ServiceTask_RegisterCase";
  public static final String BUSINESS_RULE_TASK_SCREEN_CRIME_AT_REGISTRATION = "BusinessRuleTask_ScreenCrimeAtRegistration";
  public static final String SERVICE_TASK_OPEN_TRANSFER_AT_REGISTRATION = "ServiceTask_OpenCrimeTransferAtRegistration";
  public static final String BUSINESS_RULE_TASK_SCREEN_CRIME_AFTER_INVESTIGATION =
      "BusinessRuleTask_ScreenCrimeAfterInvestigation";
  public static final String SERVICE_TASK_OPEN_TRANSFER_AFTER_INVESTIGATION =
      "ServiceTask_OpenCrimeTransferAfterInvestigation";
  /** A party's decision waits here while the case is with the judicial organs. */
  public static final String CATCH_EVENT_CRIME_TRANSFER_CONCLUDED = "CatchEvent_CrimeTransferConcluded";
  public static final String SUB_PROCESS_DECISION_PERIOD = "SubProcess_DecisionPeriod";
  public static final String TIMER_DECISION_REMINDER = "Timer_DecisionReminder";
  public static final String TIMER_DECISION_DUE = "Timer_DecisionDue";
  public static final String SERVICE_TASK_URGE_DECISION = "ServiceTask_UrgeDecision";
  public static final String SERVICE_TASK_MARK_DECISION_OVERDUE = "ServiceTask_MarkDecisionOverdue";
  public static final String USER_TASK_INVESTIGATE = "UserTask_Investigate";
  public static final String SUB_PROCESS_PARTY_DECISION = "SubProcess_PartyDecision";
  public static final String BUSINESS_RULE_TASK_DISCRETION = "BusinessRuleTask_Discretion";
  public static final String USER_TASK_PROPOSE_FINE = "UserTask_ProposeFine";
  public static final String USER_TASK_APPROVE_DEVIATION = "UserTask_ApproveDeviation";
  public static final String BUSINESS_RULE_TASK_HEARING_ELIGIBILITY = "BusinessRuleTask_HearingEligibility";
  public static final String USER_TASK_SERVE_NOTICE = "UserTask_ServeNotice";
  public static final String USER_TASK_RECORD_PARTY_RESPONSE = "UserTask_RecordPartyResponse";
  public static final String TIMER_STATEMENT_PERIOD_ENDS = "Timer_StatementPeriodEnds";
  public static final String USER_TASK_SCHEDULE_HEARING = "UserTask_ScheduleHearing";
  public static final String USER_TASK_HOLD_HEARING = "UserTask_HoldHearing";
  public static final String BUSINESS_RULE_TASK_REVIEW_REQUIREMENTS = "BusinessRuleTask_ReviewRequirements";
  public static final String CALL_ACTIVITY_LEGAL_REVIEW = "CallActivity_LegalReview";
  public static final String USER_TASK_COLLECTIVE_DISCUSSION = "UserTask_CollectiveDiscussion";
  public static final String USER_TASK_DECIDE_PENALTY = "UserTask_DecidePenalty";
  public static final String SERVICE_TASK_ISSUE_DECISION = "ServiceTask_IssueDecision";
  public static final String SERVICE_TASK_RECORD_NO_PENALTY = "ServiceTask_RecordNoPenalty";
  public static final String SUB_PROCESS_PARTY_ENFORCEMENT = "SubProcess_PartyEnforcement";
  public static final String SERVICE_TASK_REQUEST_PUBLICATION = "ServiceTask_RequestPublication";
  public static final String USER_TASK_SERVE_DECISION = "UserTask_ServeDecision";
  public static final String SERVICE_TASK_START_PAYMENT_PERIOD = "ServiceTask_StartPaymentPeriod";
  public static final String SUB_PROCESS_COLLECTION = "SubProcess_Collection";
  public static final String USER_TASK_RECORD_PAYMENT = "UserTask_RecordPayment";
  public static final String SERVICE_TASK_RECORD_PAYMENT = "ServiceTask_RecordPayment";
  public static final String BOUNDARY_EVENT_PAYMENT_RECORDED_IN_FULL = "BoundaryEvent_PaymentRecordedInFull";
  public static final String BOUNDARY_EVENT_PAYMENT_SETTLED = "BoundaryEvent_PaymentSettled";
  public static final String TIMER_PAYMENT_DUE = "Timer_PaymentDue";
  public static final String SERVICE_TASK_MARK_PAYMENT_OVERDUE = "ServiceTask_MarkPaymentOverdue";
  public static final String USER_TASK_ISSUE_DEMAND = "UserTask_IssueDemand";
  public static final String TIMER_DEMAND_PERIOD_ENDS = "Timer_DemandPeriodEnds";
  public static final String TIMER_ENFORCEMENT_WINDOW_OPENS = "Timer_EnforcementWindowOpens";
  public static final String USER_TASK_APPLY_COURT_ENFORCEMENT = "UserTask_ApplyCourtEnforcement";
  public static final String SERVICE_TASK_CONCLUDE_PAID = "ServiceTask_ConcludePaid";
  public static final String SERVICE_TASK_CONCLUDE_ENFORCED = "ServiceTask_ConcludeEnforced";
  /** 行政复议 or 行政诉讼 revoked the party's decision ({@code decision-remedy}): its enforcement ends. */
  public static final String BOUNDARY_EVENT_DECISION_REVOKED = "BoundaryEvent_DecisionRevoked";
  public static final String SERVICE_TASK_CONCLUDE_REVOKED = "ServiceTask_ConcludeRevoked";
  public static final String USER_TASK_APPROVE_CLOSURE = "UserTask_ApproveClosure";
  public static final String USER_TASK_SUPPLEMENT_CASE_FILE = "UserTask_SupplementCaseFile";
  public static final String END_EVENT_NOT_REGISTERED = "EndEvent_NotRegistered";
  public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";

  /** Correlated to one party's collection when its fine and any surcharge are paid in full. */
  public static final String MESSAGE_PAYMENT_SETTLED = "PenaltyPaymentSettled";
  /** Correlated to every party waiting for its decision when the case's crime transfer ends. */
  public static final String MESSAGE_CRIME_TRANSFER_CONCLUDED = "CrimeTransferConcluded";

  /** Variables (the forms under {@code forms/penalty/}). */
  public static final class Var {
    /** JSON list of {@code {kind, name, uscc|idNumber, lastYearIncomeYuan}}. */
    public static final String PARTIES = "parties";
    /** Set when a principal the case names is barred from leading a unit (任职限制): who, on what ground, until when. */
    public static final String PRINCIPAL_BAN_NOTICE = "principalBanNotice";
    public static final String LEGAL_BASIS_ARTICLE = PenaltyDecisions.LEGAL_BASIS_ARTICLE;
    public static final String ACCIDENT_GRADE = PenaltyDecisions.ACCIDENT_GRADE;
    public static final String AGGRAVATED = PenaltyDecisions.AGGRAVATED;
    public static final String DECISION_TYPE = PenaltyDecisions.DECISION_TYPE;
    public static final String VIOLATION_FACTS = "violationFacts";
    /** The unit's citation; each party has its own ({@code legalBasisArticle}/{@code legalBasis} in its scope). */
    public static final String LEGAL_BASIS = "legalBasis";
    /**
     * The unit failed to correct in time (逾期未改正; art. 102: 拒不执行): the second tier of the paired articles, in
     * which the persons are fined too. Set from a hazard referred after an overdue rectification.
     */
    public static final String OVERDUE_UNCORRECTED = PenaltyDecisions.OVERDUE_UNCORRECTED;
    /** The investigating officers' user ids, comma-separated (at least two, each with a certificate). */
    public static final String INVESTIGATORS = "investigators";
    /**
     * The investigators as the case was proposed, JSON {@code [{userId, name, certificateNo}]}: what the notice and
     * the decision print, whatever happens to the users later. Set by the system, never by a form.
     */
    public static final String INVESTIGATOR_CERTIFICATES = "investigatorCertificates";
    public static final String HANDLER = "handler";
    /** Why the case names no responsible person (一案双罚 exemption); approved with the registration. */
    public static final String EXEMPTION_REASON = "exemptionReason";
    /** The case this one comes from (a hazard's penalty referral, an accident's accountability). */
    public static final String SOURCE_CASE_NO = "sourceCaseNo";
    public static final String REFERRAL_ID = "referralId";
    /** Tasklist start form: the responsible persons as single fields, turned into {@link #PARTIES}. */
    public static final String PRINCIPAL_NAME = "principalName";
    public static final String PRINCIPAL_ID_NUMBER = "principalIdNumber";
    public static final String PRINCIPAL_INCOME_YUAN = "principalIncomeYuan";
    public static final String MANAGER_NAME = "managerName";
    public static final String MANAGER_ID_NUMBER = "managerIdNumber";
    public static final String MANAGER_INCOME_YUAN = "managerIncomeYuan";
    /** Optional: a person's own article where it is not the default pairing (e.g. SPL-110, SPL-94). */
    public static final String PRINCIPAL_LEGAL_BASIS_ARTICLE = "principalLegalBasisArticle";
    public static final String MANAGER_LEGAL_BASIS_ARTICLE = "managerLegalBasisArticle";

    public static final String REGISTRATION_APPROVAL = "registrationApproval";
    public static final String REGISTERED_AT = "registeredAt";
    public static final String DECISION_DEADLINE = "decisionDeadline";
    public static final String INVESTIGATION_REPORT = "investigationReport";
    /** The case's harm as proposed, corrected by the investigation: what the crime screening weighs. */
    public static final String DEATHS = PenaltyDecisions.DEATHS;
    public static final String SERIOUS_INJURIES = PenaltyDecisions.SERIOUS_INJURIES;
    public static final String DIRECT_LOSS_YUAN = PenaltyDecisions.DIRECT_LOSS_YUAN;
    /** The screening's answer ({@code crime-screening}); the offence and threshold go to the transfer. */
    public static final String SUSPECTED_CRIME = PenaltyDecisions.SUSPECTED_CRIME;
    public static final String SUSPECTED_OFFENCE = PenaltyDecisions.SUSPECTED_OFFENCE;
    public static final String CRIME_THRESHOLD = PenaltyDecisions.CRIME_THRESHOLD;
    /**
     * {@link Code#TRANSFER_PENDING} while the case is being transferred or is with the judicial organs (no party is
     * decided then), {@link Code#TRANSFER_CONCLUDED} after; absent when no transfer was ever opened. Set by the system.
     */
    public static final String CRIME_TRANSFER_STATUS = "crimeTransferStatus";
    /**
     * Whether the unit's decision waits too. The production-safety offences are the responsible persons', so the
     * unit's penalty goes on unless the screening or the handler's request names the unit as suspected.
     */
    public static final String CRIME_TRANSFER_HOLDS_UNIT = "crimeTransferHoldsUnit";
    public static final String UNIT_SUSPECTED = PenaltyDecisions.UNIT_SUSPECTED;
    /** How the transfer ended, in words, shown to the handler and the leaders of the waiting decisions. */
    public static final String CRIME_TRANSFER_CONCLUSION = "crimeTransferConclusion";
    /** {@link CriminalOutcome} when the organ opened a case and the proceedings ended; else absent. */
    public static final String CRIMINAL_OUTCOME = CrimeTransferProcess.Var.CRIMINAL_OUTCOME;

    /** Per party (local to one instance of the party sub-processes). */
    public static final String PARTY_ID = "partyId";
    public static final String PARTY_KIND = PenaltyDecisions.PARTY_KIND;
    public static final String PARTY_NAME = "partyName";
    /** The party's number in the case (1, 2, …), as documents are asked for ({@code ?party=}). */
    public static final String PARTY_NO = "partyNo";
    public static final String LAST_YEAR_INCOME_YUAN = PenaltyDecisions.LAST_YEAR_INCOME_YUAN;
    public static final String DISCRETION = "discretion";
    public static final String FINE_MIN_YUAN = PenaltyDecisions.FINE_MIN_YUAN;
    public static final String FINE_MAX_YUAN = PenaltyDecisions.FINE_MAX_YUAN;
    public static final String PROPOSED_FINE_YUAN = "proposedFineYuan";
    /** The fine the served notice announced (行政处罚法 art. 45: no heavier one after a statement or hearing). */
    public static final String NOTIFIED_FINE_YUAN = "notifiedFineYuan";
    /** New facts that alone allow a heavier proposal after a statement or hearing. */
    public static final String NEW_FACTS = "newFacts";
    public static final String DRAFT_DECISION = "draftDecision";
    public static final String DEVIATION_REASON = "deviationReason";
    /** The day of the violation, or the day it ended if it went on (行政处罚法 art. 36), YYYY-MM-DD. */
    public static final String VIOLATION_ON = "violationOn";
    /** The violation still goes on: no limitation runs yet. */
    public static final String VIOLATION_CONTINUING = "violationContinuing";
    /** It touched life and health and did harm: the limitation is 5 years instead of 2. */
    public static final String LIFE_HEALTH_HARM = "lifeHealthHarm";
    /** The day the violation was found (the referring case's opening); without one, the day of the proposal. */
    public static final String DISCOVERED_ON = "discoveredOn";
    /** How the proposal treats the party: {@link cn.sh.emergency.supervision.penalty.PenaltyTreatment}. */
    public static final String TREATMENT = PenaltyDecisions.TREATMENT;
    /** The circumstance a lighter, reduced or no penalty rests on: {@link cn.sh.emergency.supervision.penalty.MitigationGround}. */
    public static final String MITIGATION_GROUND = PenaltyDecisions.MITIGATION_GROUND;
    /** The facts and evidence of that circumstance. */
    public static final String MITIGATION_FACTS = "mitigationFacts";
    /** The article of the 行政处罚法 the circumstance rests on, from the decision table, set with the proposal. */
    public static final String MITIGATION_ARTICLE = "mitigationArticle";
    public static final String DEVIATION_APPROVAL = "deviationApproval";
    /**
     * 按日连续处罚 (安全生产法 art. 112): the party, ordered to correct and fined, refused to correct; the proposal names the
     * earlier decision, the day of the order and the day the refusal was found, and the system computes the fine.
     */
    public static final String DAILY_PENALTY = "dailyPenalty";
    public static final String ORIGINAL_DECISION_NO = "originalDecisionNo";
    public static final String CORRECTION_ORDERED_ON = "correctionOrderedOn";
    public static final String REFUSAL_FOUND_ON = "refusalFoundOn";
    /** Set by the system: the earlier fine and the days counted from the day after the order. */
    public static final String ORIGINAL_FINE_YUAN = "originalFineYuan";
    public static final String DAILY_PENALTY_DAYS = "dailyPenaltyDays";
    public static final String FINE_YUAN = PenaltyDecisions.FINE_YUAN;
    public static final String HEARING_RIGHT = PenaltyDecisions.HEARING_RIGHT;
    public static final String NOTICE_SERVED_ON = "noticeServedOn";
    public static final String PARTY_RESPONSE = "partyResponse";
    public static final String STATEMENT_SUMMARY = "statementSummary";
    public static final String HEARING_HELD = PenaltyDecisions.HEARING_HELD;
    public static final String HEARING_HOST = "hearingHost";
    public static final String HEARING_DATE = "hearingDate";
    public static final String HEARING_LOCATION = "hearingLocation";
    public static final String HEARING_MINUTES = "hearingMinutes";
    public static final String HEARING_CONCLUSION = "hearingConclusion";
    public static final String ACCIDENT_CASE = PenaltyDecisions.ACCIDENT_CASE;
    public static final String LEGAL_REVIEW_REQUIRED = PenaltyDecisions.LEGAL_REVIEW_REQUIRED;
    public static final String COLLECTIVE_DISCUSSION_REQUIRED = PenaltyDecisions.COLLECTIVE_DISCUSSION_REQUIRED;
    public static final String LEGAL_REVIEW_OUTCOME = "legalReviewOutcome";
    public static final String LEGAL_REVIEW_OPINION = "legalReviewOpinion";
    public static final String LEGAL_REVIEWER = "legalReviewer";
    public static final String DISCUSSION_PARTICIPANTS = "discussionParticipants";
    public static final String DISCUSSION_MINUTES = "discussionMinutes";
    public static final String DISCUSSION_CONCLUSION = "discussionConclusion";
    public static final String DECISION_APPROVAL = "decisionApproval";
    public static final String DECISION_NO = "decisionNo";
    public static final String DECIDED_ON = "decidedOn";
    public static final String SERVED_ON = "servedOn";
    public static final String SERVICE_METHOD = "serviceMethod";
    public static final String PAYMENT_DUE_AT = "paymentDueAt";
    public static final String DEMAND_SERVED_ON = "demandServedOn";
    public static final String ENFORCEMENT_WINDOW_OPENS_AT = "enforcementWindowOpensAt";
    public static final String ENFORCEMENT_WINDOW_CLOSES_AT = "enforcementWindowClosesAt";
    /** 登记缴款 (local to one party's collection): the amount, date and receipt number of a payment received. */
    public static final String PAYMENT_AMOUNT_YUAN = "paymentAmountYuan";
    public static final String PAYMENT_PAID_ON = "paymentPaidOn";
    public static final String PAYMENT_RECEIPT_NO = "paymentReceiptNo";
    /** Set by the system: the payments recorded settle the fine and any surcharge. */
    public static final String PAYMENT_SETTLED = "paymentSettled";
    public static final String COURT_NAME = "courtName";
    public static final String COURT_APPLIED_ON = "courtAppliedOn";

    public static final String COLLECTING_DECISION_NO = "collectingDecisionNo";
    public static final String PARTY_CONCLUSION = "partyConclusion";
    public static final String CLOSURE_APPROVAL = "closureApproval";

    private Var() {
    }
  }

  /**
   * The variables the code reads or writes, as the engine holds them (camunda-bpm-data). The dates a user enters are
   * the forms' ISO text ({@code 2026-03-02}): the submission rules accept nothing else.
   */
  public static final class Typed {
    /** JSON text; read as submitted, as the engine's REST API may send a JSON value. */
    public static final VariableFactory<String> PARTIES = stringVariable(Var.PARTIES);
    public static final VariableFactory<String> PRINCIPAL_BAN_NOTICE = stringVariable(Var.PRINCIPAL_BAN_NOTICE);
    public static final VariableFactory<String> LEGAL_BASIS_ARTICLE = stringVariable(Var.LEGAL_BASIS_ARTICLE);
    public static final VariableFactory<String> ACCIDENT_GRADE = stringVariable(Var.ACCIDENT_GRADE);
    public static final VariableFactory<String> VIOLATION_FACTS = stringVariable(Var.VIOLATION_FACTS);
    public static final VariableFactory<String> LEGAL_BASIS = stringVariable(Var.LEGAL_BASIS);
    public static final VariableFactory<Boolean> OVERDUE_UNCORRECTED = booleanVariable(Var.OVERDUE_UNCORRECTED);
    /** The user ids, comma-separated, once the proposal is accepted. */
    public static final VariableFactory<String> INVESTIGATORS = stringVariable(Var.INVESTIGATORS);
    public static final VariableFactory<String> INVESTIGATOR_CERTIFICATES =
        stringVariable(Var.INVESTIGATOR_CERTIFICATES);
    public static final VariableFactory<String> HANDLER = stringVariable(Var.HANDLER);
    public static final VariableFactory<String> EXEMPTION_REASON = stringVariable(Var.EXEMPTION_REASON);
    public static final VariableFactory<String> SOURCE_CASE_NO = stringVariable(Var.SOURCE_CASE_NO);
    /** Read as submitted, as the engine's REST API may send the number as text. */
    public static final VariableFactory<Long> REFERRAL_ID = longVariable(Var.REFERRAL_ID);
    public static final VariableFactory<String> PRINCIPAL_NAME = stringVariable(Var.PRINCIPAL_NAME);
    public static final VariableFactory<String> PRINCIPAL_ID_NUMBER = stringVariable(Var.PRINCIPAL_ID_NUMBER);
    /** Number fields; read as submitted, as the engine's REST API may send them as text. */
    public static final VariableFactory<Number> PRINCIPAL_INCOME_YUAN = numberVariable(Var.PRINCIPAL_INCOME_YUAN);
    public static final VariableFactory<String> MANAGER_NAME = stringVariable(Var.MANAGER_NAME);
    public static final VariableFactory<String> MANAGER_ID_NUMBER = stringVariable(Var.MANAGER_ID_NUMBER);
    public static final VariableFactory<Number> MANAGER_INCOME_YUAN = numberVariable(Var.MANAGER_INCOME_YUAN);
    public static final VariableFactory<String> PRINCIPAL_LEGAL_BASIS_ARTICLE =
        stringVariable(Var.PRINCIPAL_LEGAL_BASIS_ARTICLE);
    public static final VariableFactory<String> MANAGER_LEGAL_BASIS_ARTICLE =
        stringVariable(Var.MANAGER_LEGAL_BASIS_ARTICLE);
    public static final VariableFactory<Date> REGISTERED_AT = dateVariable(Var.REGISTERED_AT);
    public static final VariableFactory<String> CRIME_TRANSFER_STATUS = stringVariable(Var.CRIME_TRANSFER_STATUS);
    public static final VariableFactory<String> CRIME_TRANSFER_CONCLUSION =
        stringVariable(Var.CRIME_TRANSFER_CONCLUSION);
    public static final VariableFactory<Boolean> CRIME_TRANSFER_HOLDS_UNIT = booleanVariable(Var.CRIME_TRANSFER_HOLDS_UNIT);
    public static final VariableFactory<Boolean> UNIT_SUSPECTED = booleanVariable(Var.UNIT_SUSPECTED);
    public static final VariableFactory<String> SUSPECTED_OFFENCE = stringVariable(Var.SUSPECTED_OFFENCE);
    public static final VariableFactory<String> CRIME_THRESHOLD = stringVariable(Var.CRIME_THRESHOLD);
    public static final VariableFactory<Date> DECISION_DEADLINE = dateVariable(Var.DECISION_DEADLINE);
    /** Local to a party's sub-process: the element of the multi-instance over the case's party ids. */
    public static final VariableFactory<Long> PARTY_ID = longVariable(Var.PARTY_ID);
    /** From the decision table, or entered: whichever number type either gives. */
    public static final VariableFactory<Number> FINE_MIN_YUAN = numberVariable(Var.FINE_MIN_YUAN);
    public static final VariableFactory<Number> FINE_MAX_YUAN = numberVariable(Var.FINE_MAX_YUAN);
    public static final VariableFactory<Number> PROPOSED_FINE_YUAN = numberVariable(Var.PROPOSED_FINE_YUAN);
    public static final VariableFactory<String> DRAFT_DECISION = stringVariable(Var.DRAFT_DECISION);
    public static final VariableFactory<String> TREATMENT = stringVariable(Var.TREATMENT);
    public static final VariableFactory<String> DISCOVERED_ON = stringVariable(Var.DISCOVERED_ON);
    public static final VariableFactory<String> MITIGATION_GROUND = stringVariable(Var.MITIGATION_GROUND);
    public static final VariableFactory<String> MITIGATION_FACTS = stringVariable(Var.MITIGATION_FACTS);
    public static final VariableFactory<String> MITIGATION_ARTICLE = stringVariable(Var.MITIGATION_ARTICLE);
    public static final VariableFactory<Long> FINE_YUAN = longVariable(Var.FINE_YUAN);
    public static final VariableFactory<String> LEGAL_REVIEW_OUTCOME = stringVariable(Var.LEGAL_REVIEW_OUTCOME);
    public static final VariableFactory<String> LEGAL_REVIEW_OPINION = stringVariable(Var.LEGAL_REVIEW_OPINION);
    public static final VariableFactory<String> DISCUSSION_MINUTES = stringVariable(Var.DISCUSSION_MINUTES);
    public static final VariableFactory<String> DECISION_NO = stringVariable(Var.DECISION_NO);
    public static final VariableFactory<String> DECIDED_ON = stringVariable(Var.DECIDED_ON);
    public static final VariableFactory<String> SERVED_ON = stringVariable(Var.SERVED_ON);
    public static final VariableFactory<Date> PAYMENT_DUE_AT = dateVariable(Var.PAYMENT_DUE_AT);
    public static final VariableFactory<Date> ENFORCEMENT_WINDOW_OPENS_AT =
        dateVariable(Var.ENFORCEMENT_WINDOW_OPENS_AT);
    public static final VariableFactory<Date> ENFORCEMENT_WINDOW_CLOSES_AT =
        dateVariable(Var.ENFORCEMENT_WINDOW_CLOSES_AT);
    public static final VariableFactory<Number> PAYMENT_AMOUNT_YUAN = numberVariable(Var.PAYMENT_AMOUNT_YUAN);
    public static final VariableFactory<String> PAYMENT_PAID_ON = stringVariable(Var.PAYMENT_PAID_ON);
    public static final VariableFactory<String> PAYMENT_RECEIPT_NO = stringVariable(Var.PAYMENT_RECEIPT_NO);
    public static final VariableFactory<Boolean> PAYMENT_SETTLED = booleanVariable(Var.PAYMENT_SETTLED);
    public static final VariableFactory<String> COURT_NAME = stringVariable(Var.COURT_NAME);
    public static final VariableFactory<String> COLLECTING_DECISION_NO = stringVariable(Var.COLLECTING_DECISION_NO);
    public static final VariableFactory<String> PARTY_CONCLUSION = stringVariable(Var.PARTY_CONCLUSION);

    private Typed() {
    }
  }

  /** Codes of the enum-like fields. */
  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String RETURNED = "RETURNED";
    public static final String REFUSED = "REFUSED";
    public static final String UPHOLD = "UPHOLD";
    public static final String ADJUST = "ADJUST";
    public static final String PENALISE = "PENALISE";
    public static final String NOT_PENALISE = "NOT_PENALISE";
    public static final String TRANSFER_PENDING = "PENDING";
    public static final String TRANSFER_CONCLUDED = "CONCLUDED";

    private Code() {
    }
  }

  /** How a penalty case ends ({@code caseOutcome} of its end events; the ledger's outcome). */
  public static final class Outcome {
    public static final String CLOSED = "CLOSED";
    public static final String NOT_REGISTERED = "NOT_REGISTERED";

    private Outcome() {
    }
  }

  private DualPenaltyProcess() {
  }
}
