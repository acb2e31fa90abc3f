package cn.sh.emergency.supervision.legalreview;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.numberVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Names of the legal review (重大执法决定法制审核, {@code processes/legalreview/legal-review.bpmn}): process key,
 * element ids, the call contract and the extension properties callers use. The code reads and writes the variables
 * through {@link Typed} and {@link PublicationTyped}.
 */
public final class LegalReviewProcess {

  public static final String PROCESS_KEY = "legal-review";

  public static final String START_EVENT_REVIEW_REQUESTED = "StartEvent_ReviewRequested";
  public static final String SERVICE_TASK_CHECK_COMPLETENESS = "ServiceTask_CheckCompleteness";
  public static final String USER_TASK_SUPPLEMENT_SUBMISSION = "UserTask_SupplementSubmission";
  public static final String USER_TASK_REVIEW_DECISION = "UserTask_ReviewDecision";
  public static final String USER_TASK_COORDINATE_REJECTION = "UserTask_CoordinateRejection";
  public static final String USER_TASK_COLLECTIVE_DISCUSSION = "UserTask_CollectiveDiscussion";
  public static final String SERVICE_TASK_APPLY_COLLECTIVE_CONCLUSION = "ServiceTask_ApplyCollectiveConclusion";
  public static final String SERVICE_TASK_URGE_REVIEW = "ServiceTask_UrgeReview";
  public static final String TIMER_REVIEW_REMINDER = "Timer_ReviewReminder";
  public static final String END_EVENT_REVIEW_APPROVED = "EndEvent_ReviewApproved";
  public static final String END_EVENT_REVIEW_REJECTED = "EndEvent_ReviewRejected";
  public static final String END_EVENT_REVIEW_URGED = "EndEvent_ReviewUrged";

  /** The publicity of a decision (行政执法公示, {@code processes/legalreview/decision-publication.bpmn}). */
  public static final String PUBLICATION_PROCESS_KEY = "decision-publication";
  public static final String USER_TASK_PUBLISH_DECISION = "UserTask_PublishDecision";
  public static final String TIMER_PUBLICATION_DUE = "Timer_PublicationDue";
  public static final String SERVICE_TASK_PUBLISH_DECISION = "ServiceTask_PublishDecision";
  public static final String SERVICE_TASK_FLAG_PUBLICATION_LATE = "ServiceTask_FlagPublicationLate";
  public static final String END_EVENT_PUBLISHED = "EndEvent_Published";
  public static final String END_EVENT_LATE_FLAGGED = "EndEvent_LateFlagged";

  /** Variables of a decision to publish. */
  public static final class PublicationVar {
    public static final String DECISION_NO = "decisionNo";
    public static final String DECISION_DATE = "decisionDate";
    public static final String UNIT_NAME = "unitName";
    /** Names of the individuals penalised, separated by "、"; published masked. */
    public static final String PERSONS = "persons";
    public static final String PERSONS_PREVIEW = "personsPreview";
    public static final String VIOLATION = "violation";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String PENALTY = "penalty";
    public static final String PUBLICATION_CONFIRMED = "publicationConfirmed";
    public static final String PUBLICATION_LATE = "publicationLate";

    private PublicationVar() {
    }
  }

  /**
   * The publication's variables the code reads or writes, as the engine holds them (camunda-bpm-data); the decision
   * date is ISO text ({@code 2026-03-02}), as the publication intake stores it.
   */
  public static final class PublicationTyped {
    public static final VariableFactory<String> DECISION_NO = stringVariable(PublicationVar.DECISION_NO);
    public static final VariableFactory<String> DECISION_DATE = stringVariable(PublicationVar.DECISION_DATE);
    public static final VariableFactory<String> UNIT_NAME = stringVariable(PublicationVar.UNIT_NAME);
    public static final VariableFactory<String> PERSONS = stringVariable(PublicationVar.PERSONS);
    public static final VariableFactory<String> VIOLATION = stringVariable(PublicationVar.VIOLATION);
    public static final VariableFactory<String> LEGAL_BASIS = stringVariable(PublicationVar.LEGAL_BASIS);
    public static final VariableFactory<String> PENALTY = stringVariable(PublicationVar.PENALTY);
    public static final VariableFactory<Boolean> PUBLICATION_LATE = booleanVariable(PublicationVar.PUBLICATION_LATE);

    private PublicationTyped() {
    }
  }

  /**
   * User-task extension property: the task is a decision that needs an approved legal review
   * ({@code legalReviewOutcome == APPROVED}); the engine refuses to create it otherwise.
   */
  public static final String REQUIRES_LEGAL_REVIEW_PROPERTY = "requiresLegalReview";

  /** Variables: in, out, and the review's own. */
  public static final class Var {
    public static final String DECISION_TYPE = "decisionType";
    public static final String DRAFT_DECISION = "draftDecision";
    public static final String PROPOSED_FINE_YUAN = "proposedFineYuan";
    /** How the proposal treats the party, where a penalty case asks: {@link Code#NOT_PENALISED} proposes no fine. */
    public static final String TREATMENT = "treatment";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String HANDLER = "handler";
    /** Investigators of the case (comma-separated user ids); like the handler, they may not review. */
    public static final String INVESTIGATORS = "investigators";
    public static final String LEGAL_REVIEW_OUTCOME = "legalReviewOutcome";
    public static final String LEGAL_REVIEW_OPINION = "legalReviewOpinion";
    public static final String LEGAL_REVIEWER = "legalReviewer";
    public static final String SUBMISSION_COMPLETE = "submissionComplete";
    public static final String MISSING_ITEMS = "missingItems";
    public static final String COORDINATION_DECISION = "coordinationDecision";
    public static final String COORDINATION_OPINION = "coordinationOpinion";
    public static final String DISCUSSION_PARTICIPANTS = "discussionParticipants";
    public static final String DISCUSSION_MINUTES = "discussionMinutes";
    public static final String COLLECTIVE_CONCLUSION = "collectiveConclusion";

    private Var() {
    }
  }

  /** The review's variables the code reads or writes, as the engine holds them (camunda-bpm-data). */
  public static final class Typed {
    public static final VariableFactory<String> DECISION_TYPE = stringVariable(Var.DECISION_TYPE);
    public static final VariableFactory<String> DRAFT_DECISION = stringVariable(Var.DRAFT_DECISION);
    /** A number field; read as submitted, as the engine's REST API may send it as text. */
    public static final VariableFactory<Number> PROPOSED_FINE_YUAN = numberVariable(Var.PROPOSED_FINE_YUAN);
    public static final VariableFactory<String> TREATMENT = stringVariable(Var.TREATMENT);
    public static final VariableFactory<String> LEGAL_BASIS = stringVariable(Var.LEGAL_BASIS);
    public static final VariableFactory<String> HANDLER = stringVariable(Var.HANDLER);
    public static final VariableFactory<String> LEGAL_REVIEW_OUTCOME = stringVariable(Var.LEGAL_REVIEW_OUTCOME);
    public static final VariableFactory<String> LEGAL_REVIEW_OPINION = stringVariable(Var.LEGAL_REVIEW_OPINION);
    public static final VariableFactory<String> LEGAL_REVIEWER = stringVariable(Var.LEGAL_REVIEWER);
    public static final VariableFactory<Boolean> SUBMISSION_COMPLETE = booleanVariable(Var.SUBMISSION_COMPLETE);
    public static final VariableFactory<String> MISSING_ITEMS = stringVariable(Var.MISSING_ITEMS);
    /** The user ids, comma-separated, as the engine's REST API stores a people picker's choice. */
    public static final VariableFactory<String> DISCUSSION_PARTICIPANTS = stringVariable(Var.DISCUSSION_PARTICIPANTS);
    public static final VariableFactory<String> DISCUSSION_MINUTES = stringVariable(Var.DISCUSSION_MINUTES);
    public static final VariableFactory<String> COLLECTIVE_CONCLUSION = stringVariable(Var.COLLECTIVE_CONCLUSION);

    private Typed() {
    }
  }

  /** The review items of 行政处罚法 art. 58 and local practice, each a checked field of the review form. */
  public static final class ReviewItem {
    public static final String AUTHORITY = "reviewAuthority";
    public static final String PROCEDURE = "reviewProcedure";
    public static final String FACTS = "reviewFacts";
    public static final String EVIDENCE = "reviewEvidence";
    public static final String LEGAL_BASIS = "reviewLegalBasis";
    public static final String DISCRETION = "reviewDiscretion";
    public static final String DOCUMENTS = "reviewDocuments";
    public static final String CRIME_TRANSFER = "reviewCrimeTransfer";

    private ReviewItem() {
    }
  }

  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
    public static final String REJECTED = "REJECTED";
    public static final String UPHOLD_REJECTION = "UPHOLD_REJECTION";
    public static final String COLLECTIVE_DISCUSSION = "COLLECTIVE_DISCUSSION";
    /** The penalty lifecycle's treatment proposing no penalty (不予行政处罚): nothing to fine. */
    public static final String NOT_PENALISED = "NOT_PENALISED";

    private Code() {
    }
  }

  /** How a legal review opened as a case of its own ends ({@code caseOutcome} of its end events). */
  public static final class Outcome {
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    private Outcome() {
    }
  }

  private LegalReviewProcess() {
  }
}
