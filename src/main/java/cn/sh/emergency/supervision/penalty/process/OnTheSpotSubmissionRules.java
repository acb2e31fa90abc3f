package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.OnTheSpotProcess;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess.Var;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.penalty.PenaltyDecisions;
import cn.sh.emergency.supervision.penalty.SummaryPenalty;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.ResidentId;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 简易程序 ({@code on-the-spot-penalty}): the inspected unit, the party (the unit, or a person
 * with a valid identity number), facts and basis, a penalty the decision table {@code on-the-spot-eligibility} allows
 * on the spot (行政处罚法 art. 51: a warning, or a fine up to 200 yuan for a citizen and 3,000 yuan for an
 * organisation — more goes the ordinary way), two certified officers (art. 42), the place, and the party told and
 * heard (arts. 44, 45). The filing and the handling of an overdue fine state what was done.
 */
@Component
class OnTheSpotSubmissionRules implements SubmissionRules {

  private final InvestigatorChecks investigators;
  private final DecisionService decisions;
  private final IdentityService identityService;
  private final Deadline deadline;

  OnTheSpotSubmissionRules(InvestigatorChecks investigators, DecisionService decisions,
                           IdentityService identityService, Deadline deadline) {
    this.investigators = investigators;
    this.deadline = deadline;
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(OnTheSpotProcess.PROCESS_KEY);
  }

  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.enterprise("被检查单位名称")
        .oneOf(Var.PARTY_KIND, "当事人类别", Coded.codes(PartyKind.class))
        .required(Var.VIOLATION_FACTS, "违法事实")
        .required(Var.LEGAL_BASIS, "处罚依据")
        .oneOf(Var.SUMMARY_PENALTY, "处罚种类", Coded.codes(SummaryPenalty.class))
        .required(Var.DECISION_PLACE, "处罚地点")
        .required(Var.INVESTIGATORS, "执法人员")
        .confirmed(Var.STATEMENT_HEARD, "已告知当事人拟作出处罚的事实、理由和依据并听取其陈述、申辩");
    if (checks.text(Var.PARTY_KIND) != null && !checks.is(Var.PARTY_KIND, PartyKind.UNIT.code())) {
      checks.partyName(Var.PARTY_NAME, "当事人姓名").required(Var.PARTY_NAME, "当事人姓名")
          .partyCode(Var.PARTY_ID_NUMBER, "当事人身份证号码").required(Var.PARTY_ID_NUMBER, "当事人身份证号码");
      String id = checks.text(Var.PARTY_ID_NUMBER);
      if (id != null && !id.isEmpty() && !ResidentId.isValid(id.toUpperCase(Locale.ROOT))) {
        checks.problem("当事人身份证号码不正确：" + id);
      }
    }
    if (checks.is(Var.SUMMARY_PENALTY, SummaryPenalty.FINE.code())) {
      checks.wholeNumber(Var.FINE_YUAN, "罚款金额（元）", 1);
    }
    eligibility(checks);
    investigators.check(checks, execution);
  }

  /** The decision table says whether the penalty may be decided on the spot; refused with the law's limit if not. */
  private void eligibility(VariableChecks checks) {
    String kind = checks.text(Var.PARTY_KIND);
    String penalty = checks.text(Var.SUMMARY_PENALTY);
    Long fine = checks.is(Var.SUMMARY_PENALTY, SummaryPenalty.FINE.code()) ? checks.number(Var.FINE_YUAN) : 0L;
    if (kind == null || penalty == null || fine == null) {
      return; // the checks above say what is missing
    }
    DmnDecisionRuleResult result = SystemContext.asSystem(identityService, () -> decisions
        .evaluateDecisionTableByKey(PenaltyDecisions.ON_THE_SPOT_ELIGIBILITY, Map.of(PenaltyDecisions.PARTY_KIND,
            kind, PenaltyDecisions.SUMMARY_PENALTY, penalty, PenaltyDecisions.FINE_YUAN, fine))
        .getSingleResult());
    if (result != null && !Boolean.TRUE.equals(result.getEntry(PenaltyDecisions.ELIGIBLE))) {
      checks.problem(StatuteTexts.text("rule.on-the-spot.limit", fine, result.getEntry(PenaltyDecisions.MAX_FINE_YUAN)));
    }
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case OnTheSpotProcess.USER_TASK_FILE_DECISION -> checks.required(CommonVariables.OPINION, "备案审查意见");
      case OnTheSpotProcess.USER_TASK_HANDLE_OVERDUE_FINE -> checks.pastDate(Var.DEMAND_SERVED_ON, "催告书送达日期")
          .required(Var.COURT_NAME, "受理法院")
          .pastDate(Var.COURT_APPLIED_ON, "申请强制执行日期")
          .notBefore(Var.COURT_APPLIED_ON, "申请强制执行日期", day(checks.text(Var.DEMAND_SERVED_ON)),
              "催告书送达日期");
      default -> { }
    }
  }

  /** A day as typed, or null when absent or not a date (its own check says so). */
  private LocalDate day(String text) {
    try {
      return text == null || text.isEmpty() ? null : deadline.dayOf(text);
    } catch (InvalidInputException notADate) {
      return null;
    }
  }
}
