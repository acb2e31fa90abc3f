package cn.sh.emergency.supervision.penalty;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The names of {@code processes/penalty/crime-transfer.bpmn}: 涉嫌犯罪案件移送 (行政处罚法 arts. 27, 57 (4);
 * 国务院令第310号). A penalty case suspected of a crime is reported in writing, the leaders decide on the transfer
 * within 3 days, an approved transfer reaches the public security organ within 24 hours with the documents the
 * regulation lists, and the organ's decision and the criminal outcome are recorded. Meanwhile no party of the penalty
 * case is decided ({@link DualPenaltyProcess.Var#CRIME_TRANSFER_STATUS}).
 */
public final class CrimeTransferProcess {

  public static final String PROCESS_KEY = "crime-transfer";

  public static final String USER_TASK_REPORT_SUSPECTED_CRIME = "UserTask_ReportSuspectedCrime";
  public static final String USER_TASK_APPROVE_TRANSFER = "UserTask_ApproveTransfer";
  public static final String TIMER_APPROVAL_DUE = "Timer_TransferApprovalDue";
  public static final String USER_TASK_TRANSFER_TO_POLICE = "UserTask_TransferToPolice";
  public static final String TIMER_TRANSFER_DUE = "Timer_TransferDue";
  public static final String USER_TASK_RECORD_POLICE_DECISION = "UserTask_RecordPoliceDecision";
  public static final String USER_TASK_RECORD_CRIMINAL_OUTCOME = "UserTask_RecordCriminalOutcome";
  public static final String SERVICE_TASK_RESUME_PENALTY_CASE = "ServiceTask_ResumePenaltyCase";
  public static final String END_EVENT_TRANSFER_CONCLUDED = "EndEvent_TransferConcluded";

  private CrimeTransferProcess() {
  }

  public static final class Var {
    /** Why the case is suspected: the offence and threshold the screening found, or the handler's reason. */
    public static final String SUSPECTED_OFFENCE = PenaltyDecisions.SUSPECTED_OFFENCE;
    public static final String CRIME_THRESHOLD = PenaltyDecisions.CRIME_THRESHOLD;
    /** 移送涉嫌犯罪案件的书面报告: the facts as verified, the suspects and why the case is transferred. */
    public static final String TRANSFER_REPORT = "transferReport";
    /** The units and persons suspected. */
    public static final String SUSPECTS = "suspects";
    public static final String TRANSFER_APPROVAL = "transferApproval";
    /** The public security organ the case goes to (同级公安机关). */
    public static final String POLICE_ORGAN = "policeOrgan";
    public static final String TRANSFERRED_ON = "transferredOn";
    /** 国务院令第310号 art. 6: the transfer carries the investigation report (二) and the list of items (三) … */
    public static final String INVESTIGATION_REPORT_ATTACHED = "investigationReportAttached";
    public static final String ITEM_LIST_ATTACHED = "itemListAttached";
    /** … the inspection or appraisal reports where there are any (四), and other materials (五). */
    public static final String APPRAISAL_ATTACHED = "appraisalAttached";
    public static final String OTHER_MATERIALS = "otherMaterials";
    public static final String POLICE_DECISION = "policeDecision";
    public static final String POLICE_DECISION_ON = "policeDecisionOn";
    /** {@link CriminalOutcome}. */
    public static final String CRIMINAL_OUTCOME = "criminalOutcome";
    /** The judgment or decision: its number, the authority, what it found and imposed. */
    public static final String CRIMINAL_OUTCOME_DETAILS = "criminalOutcomeDetails";
    /** The case's principal was among the sentenced: barred from leading any unit (安全生产法 art. 94 para. 3) … */
    public static final String PRINCIPAL_SENTENCED = "principalSentenced";
    /** … for five years from this day, the end of the sentence (the term's end as judged while it runs). */
    public static final String SENTENCE_COMPLETED_ON = "sentenceCompletedOn";

    private Var() {
    }
  }

  public static final class Typed {
    public static final VariableFactory<String> SUSPECTED_OFFENCE = stringVariable(Var.SUSPECTED_OFFENCE);
    public static final VariableFactory<String> CRIME_THRESHOLD = stringVariable(Var.CRIME_THRESHOLD);
    public static final VariableFactory<String> TRANSFER_APPROVAL = stringVariable(Var.TRANSFER_APPROVAL);
    public static final VariableFactory<String> POLICE_ORGAN = stringVariable(Var.POLICE_ORGAN);
    public static final VariableFactory<String> TRANSFERRED_ON = stringVariable(Var.TRANSFERRED_ON);
    public static final VariableFactory<String> POLICE_DECISION = stringVariable(Var.POLICE_DECISION);
    public static final VariableFactory<String> CRIMINAL_OUTCOME = stringVariable(Var.CRIMINAL_OUTCOME);
    public static final VariableFactory<String> CRIMINAL_OUTCOME_DETAILS = stringVariable(Var.CRIMINAL_OUTCOME_DETAILS);
    public static final VariableFactory<Boolean> PRINCIPAL_SENTENCED = booleanVariable(Var.PRINCIPAL_SENTENCED);
    public static final VariableFactory<String> SENTENCE_COMPLETED_ON = stringVariable(Var.SENTENCE_COMPLETED_ON);

    private Typed() {
    }
  }

  public static final class Code {
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    /** The public security organ opened a criminal case (立案) … */
    public static final String FILED = "FILED";
    /** … or decided not to (不予立案, after any reconsideration the agency asked for: 310号 art. 9). */
    public static final String NOT_FILED = "NOT_FILED";

    private Code() {
    }
  }
}
