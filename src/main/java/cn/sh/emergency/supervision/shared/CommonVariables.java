package cn.sh.emergency.supervision.shared;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Process variables every lifecycle shares: their names, and in {@link Typed} the typed variables the code reads and
 * writes them through.
 */
public final class CommonVariables {

  public static final String DISTRICT = "district";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String ENTERPRISE_USCC = "enterpriseUscc";
  public static final String SECTOR = "sector";
  /** The street or town (街道/镇) of the case within its district; optional. */
  public static final String STREET = "street";
  /** The case number; also the business key of the case's process instance. */
  public static final String CASE_NO = "caseNo";
  /**
   * A report's confirmation that it is not a duplicate of the earlier cases the system found (确认不是重复报告): a
   * report matching an earlier case of its district starts only with it, and the cases are then linked.
   */
  public static final String DUPLICATE_CONFIRMED = "duplicateConfirmed";
  /** The free-text opinion of the task just completed; consumed by the full-process record. */
  public static final String OPINION = "opinion";
  /** The default name of a task's decision field, unless the task names another in {@link #OUTCOME_VARIABLE}. */
  public static final String OUTCOME = "outcome";

  /**
   * Who or what the tasks of a scope concern besides the enterprise (a party of a penalty case: 张三丰（主要负责人）);
   * the task names Tasklist lists carry it.
   */
  public static final String TASK_SUBJECT = "taskSubject";
  /**
   * Task-local variable of a task a decision sent back (退回): who returned it, from which step, and the reason; the
   * task's form shows it read-only.
   */
  public static final String RETURN_REASON = "returnReason";

  /** Process extension property naming the case type ({@code HZ}, {@code AC}, …) a process opens. */
  public static final String CASE_TYPE_PROPERTY = "caseType";
  /**
   * User-task extension property naming a variable that holds the task's opinion when it is an output of its own
   * (e.g. {@code legalReviewOpinion}); such an opinion is recorded but kept.
   */
  public static final String OPINION_VARIABLE = "opinionVariable";
  /** User-task extension property naming the variable that holds the task's decision. */
  public static final String OUTCOME_VARIABLE = "outcomeVariable";
  /**
   * User-task extension property listing the outcomes (comma-separated, e.g. {@code RETURNED}) with which the task
   * sends work back; the task that receives it shows the reason ({@link #RETURN_REASON}) and is marked 退回.
   */
  public static final String RETURN_OUTCOMES_PROPERTY = "returnOutcomes";
  /** User-task extension property naming a variable whose value becomes the case's grade in the ledger. */
  public static final String GRADE_VARIABLE = "gradeVariable";
  /**
   * End-event extension property: how a case that ends there ended (e.g. {@code RECTIFIED}); the ledger's outcome,
   * counted by the KPIs. A case ended by cancellation has the outcome {@link #CANCELED}.
   */
  public static final String CASE_OUTCOME_PROPERTY = "caseOutcome";
  public static final String CANCELED = "CANCELED";

  /** The variables above as the engine holds them (camunda-bpm-data); the code reads and writes through these. */
  public static final class Typed {
    public static final VariableFactory<String> DISTRICT = stringVariable(CommonVariables.DISTRICT);
    public static final VariableFactory<String> ENTERPRISE_NAME = stringVariable(CommonVariables.ENTERPRISE_NAME);
    public static final VariableFactory<String> ENTERPRISE_USCC = stringVariable(CommonVariables.ENTERPRISE_USCC);
    public static final VariableFactory<String> SECTOR = stringVariable(CommonVariables.SECTOR);
    public static final VariableFactory<String> STREET = stringVariable(CommonVariables.STREET);
    public static final VariableFactory<String> CASE_NO = stringVariable(CommonVariables.CASE_NO);
    /** A Boolean from the forms and {@code /api}; read as submitted, as the text {@code "true"} also confirms. */
    public static final VariableFactory<Boolean> DUPLICATE_CONFIRMED =
        booleanVariable(CommonVariables.DUPLICATE_CONFIRMED);
    public static final VariableFactory<String> OPINION = stringVariable(CommonVariables.OPINION);
    public static final VariableFactory<String> TASK_SUBJECT = stringVariable(CommonVariables.TASK_SUBJECT);
    /** Task-local. */
    public static final VariableFactory<String> RETURN_REASON = stringVariable(CommonVariables.RETURN_REASON);

    private Typed() {
    }
  }

  private CommonVariables() {
  }
}
