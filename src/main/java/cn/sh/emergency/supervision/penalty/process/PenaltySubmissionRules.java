package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.legalreview.CollectiveDiscussion;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.penalty.DiscussionConclusion;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.HearingConclusion;
import cn.sh.emergency.supervision.penalty.Investigators;
import cn.sh.emergency.supervision.penalty.LegalArticle;
import cn.sh.emergency.supervision.penalty.MitigationGround;
import cn.sh.emergency.supervision.penalty.PartyResponse;
import cn.sh.emergency.supervision.penalty.PartyView;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.penalty.PenaltyTreatment;
import cn.sh.emergency.supervision.penalty.ServiceMethod;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of every dual-penalty submission: the proposal at the start (parties of 一案双罚 included, and at
 * least two investigators holding enforcement certificates, 行政处罚法 art. 42) and each task's decision with the
 * fields it needs (the fine inside the discretion range or a reason, dates that have happened, the hearing announced
 * 7 working days ahead, on a working day, by a host who did not investigate). A bad submission is refused before
 * anything is recorded.
 */
@Component
class PenaltySubmissionRules implements SubmissionRules {

  private static final String VIOLATION_ON_LABEL = "违法行为发生日期（有连续或者继续状态的，为终了之日）";

  private final Deadline deadline;
  private final PenaltyTimeLimits limits;
  private final InvestigatorChecks investigators;
  private final DistrictPeople people;
  private final MitigationRules mitigation;
  private final CrimeTransferHold transferHold;
  private final DecisionRemedies remedies;
  private final PenaltyCases cases;

  PenaltySubmissionRules(Deadline deadline, PenaltyTimeLimits limits, InvestigatorChecks investigators,
                         DistrictPeople people, MitigationRules mitigation, CrimeTransferHold transferHold,
                         DecisionRemedies remedies, PenaltyCases cases) {
    this.deadline = deadline;
    this.limits = limits;
    this.investigators = investigators;
    this.people = people;
    this.mitigation = mitigation;
    this.transferHold = transferHold;
    this.remedies = remedies;
    this.cases = cases;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(DualPenaltyProcess.PROCESS_KEY);
  }

  /** The proposal: the enterprise, the facts and article, and investigators of the district holding certificates. */
  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.enterprise("被处罚单位名称")
        .required(Var.VIOLATION_FACTS, "违法事实")
        .oneOf(Var.LEGAL_BASIS_ARTICLE, "法律依据条款", LegalArticle.codes())
        .required(Var.LEGAL_BASIS, "法律依据")
        .oneOf(Var.DECISION_TYPE, "拟作出的决定类型", Coded.codes(DecisionType.class))
        .required(Var.INVESTIGATORS, "调查人员")
        .required(Var.VIOLATION_ON, VIOLATION_ON_LABEL)
        .pastDate(Var.VIOLATION_ON, VIOLATION_ON_LABEL);
    limitation(checks);
    harm(checks);
    if (checks.text(Var.ACCIDENT_GRADE) != null) {
      checks.oneOf(Var.ACCIDENT_GRADE, "事故等级", Coded.codes(AccidentGrade.class));
    }
    if (checks.text(Var.REFERRAL_ID) != null && checks.number(Var.REFERRAL_ID) == null) {
      checks.problem("移送记录编号须为整数");
    }
    try {
      PartyVariables.read(execution);
    } catch (InvalidInputException e) {
      checks.problem(e.getMessage());
    }
    investigators.check(checks, execution);
  }

  /**
   * 行政处罚法 art. 36: a violation not found within 2 years (5 where it touched life and health and did harm) is not
   * penalised, counted from the day it happened or, if it went on, ended; one still going on has no limit yet. Found
   * means the referring case's opening, or the proposal itself.
   */
  private void limitation(VariableChecks checks) {
    String violation = checks.text(Var.VIOLATION_ON);
    if (violation == null || violation.isEmpty() || checks.isTrue(Var.VIOLATION_CONTINUING)) {
      return;
    }
    try {
      LocalDate on = deadline.dayOf(violation);
      String discovered = checks.text(Var.DISCOVERED_ON);
      LocalDate found = discovered == null || discovered.isEmpty() ? checks.today() : deadline.dayOf(discovered);
      boolean harm = checks.isTrue(Var.LIFE_HEALTH_HARM);
      int years = harm ? limits.getLifeHealthLimitationYears() : limits.getLimitationYears();
      if (found.isAfter(on.plusYears(years))) {
        checks.problem(harm ? StatuteTexts.text("rule.limitation.life-health", on, years, found)
            : StatuteTexts.text("rule.limitation", on, years, found));
      }
    } catch (InvalidInputException e) {
      // the date checks of the same field say so
    }
  }

  /**
   * 按日连续处罚 (安全生产法 art. 112): the party was ordered to correct and fined by an earlier decision of the bureau
   * and refused to correct; from the day after the order to the day the refusal was found, the earlier fine is due
   * once a day. The fine is computed here, never typed; it goes to the leaders as a fine beyond the range.
   */
  private void dailyPenalty(VariableChecks checks, DelegateTask task, PenaltyTreatment treatment) {
    if (treatment != PenaltyTreatment.STANDARD) {
      checks.problem("按日连续处罚不适用从轻、减轻或者不予处罚");
    }
    checks.required(Var.ORIGINAL_DECISION_NO, "原行政处罚决定书文号")
        .pastDate(Var.CORRECTION_ORDERED_ON, "作出责令改正之日")
        .pastDate(Var.REFUSAL_FOUND_ON, "复查发现拒不改正之日")
        .after(Var.REFUSAL_FOUND_ON, "复查发现拒不改正之日", Var.CORRECTION_ORDERED_ON, "作出责令改正之日");
    String originalNo = checks.text(Var.ORIGINAL_DECISION_NO);
    if (originalNo == null || originalNo.isEmpty()) {
      return;
    }
    PartyView party = cases.party(cases.partyOfCase(task.getVariable(Var.PARTY_ID),
        CommonVariables.Typed.CASE_NO.from(task).getOrNull()));
    PartyView original;
    try {
      original = cases.partyOfDecision(originalNo.trim());
    } catch (NotFoundException unknown) {
      checks.problem("未找到原行政处罚决定：" + originalNo);
      return;
    }
    boolean same = party.uscc() != null ? party.uscc().equals(original.uscc())
        : party.idNumber() != null && party.idNumber().equals(original.idNumber());
    if (!same || original.fineYuan() == null || original.fineYuan() <= 0) {
      checks.problem("原行政处罚决定须是对同一当事人作出的罚款决定：" + originalNo);
      return;
    }
    try {
      long days = java.time.temporal.ChronoUnit.DAYS.between(deadline.dayOf(checks.text(Var.CORRECTION_ORDERED_ON)),
          deadline.dayOf(checks.text(Var.REFUSAL_FOUND_ON)));
      if (days >= 1) {
        task.setVariable(Var.ORIGINAL_FINE_YUAN, original.fineYuan());
        task.setVariable(Var.DAILY_PENALTY_DAYS, days);
        Typed.PROPOSED_FINE_YUAN.on(task).set(original.fineYuan() * days);
      }
    } catch (InvalidInputException notADate) {
      // the date checks above say so
    }
  }

  /** The case's harm (crime screening), where given: whole numbers, none negative. */
  private static void harm(VariableChecks checks) {
    for (String[] field : new String[][] {{Var.DEATHS, "死亡（含下落不明）人数"},
        {Var.SERIOUS_INJURIES, "重伤（含急性工业中毒）人数"}, {Var.DIRECT_LOSS_YUAN, "直接经济损失（元）"}}) {
      String value = checks.text(field[0]);
      if (value != null && !value.isEmpty()) {
        checks.wholeNumber(field[0], field[1], 0);
      }
    }
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION ->
          checks.decision(Var.REGISTRATION_APPROVAL, Code.REJECTED, "理由", Code.APPROVED, Code.REJECTED);
      case DualPenaltyProcess.USER_TASK_INVESTIGATE -> harm(checks.required(Var.INVESTIGATION_REPORT, "调查终结报告"));
      case DualPenaltyProcess.USER_TASK_PROPOSE_FINE -> proposal(checks, task);
      case DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION ->
          checks.decision(Var.DEVIATION_APPROVAL, Code.REFUSED, "理由", Code.APPROVED, Code.REFUSED);
      case DualPenaltyProcess.USER_TASK_SERVE_NOTICE -> checks.pastDate(Var.NOTICE_SERVED_ON, "告知书送达日期");
      case DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE -> partyResponse(checks);
      case DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING -> hearingSchedule(checks, task);
      case DualPenaltyProcess.USER_TASK_HOLD_HEARING -> checks.required(Var.HEARING_MINUTES, "听证笔录要点")
          .oneOf(Var.HEARING_CONCLUSION, "听证意见", Coded.codes(HearingConclusion.class));
      case DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION -> {
        checks.required(Var.DISCUSSION_MINUTES, "讨论记录")
            .oneOf(Var.DISCUSSION_CONCLUSION, "讨论结论", Coded.codes(DiscussionConclusion.class));
        CollectiveDiscussion.participantsProblem(checks.text(Var.DISCUSSION_PARTICIPANTS),
            people.ids(StaffRole.LEADER, task.getTenantId())::contains).ifPresent(checks::problem);
      }
      case DualPenaltyProcess.USER_TASK_DECIDE_PENALTY -> {
        checks.decision(Var.DECISION_APPROVAL, Code.RETURNED, "理由", Code.APPROVED, Code.RETURNED);
        // A transfer opened while the decision was on the leaders' desk holds it too.
        if (checks.is(Var.DECISION_APPROVAL, Code.APPROVED) && transferHold.holds(task)) {
          checks.problem(StatuteTexts.text("rule.crime-transfer.decision-held"));
        }
      }
      case DualPenaltyProcess.USER_TASK_SERVE_DECISION -> checks.pastDate(Var.SERVED_ON, "送达日期")
          .notBefore(Var.SERVED_ON, "送达日期", deadline.dayOf(Typed.DECIDED_ON.from(task).getOrNull()), "决定日期")
          .oneOf(Var.SERVICE_METHOD, "送达方式", Coded.codes(ServiceMethod.class));
      case DualPenaltyProcess.USER_TASK_ISSUE_DEMAND -> checks.pastDate(Var.DEMAND_SERVED_ON, "催告书送达日期")
          .notBefore(Var.DEMAND_SERVED_ON, "催告书送达日期", deadline.dayOf(Typed.SERVED_ON.from(task).getOrNull()),
              "决定书送达日期");
      case DualPenaltyProcess.USER_TASK_RECORD_PAYMENT -> payment(checks);
      case DualPenaltyProcess.USER_TASK_APPLY_COURT_ENFORCEMENT -> {
        checks.required(Var.COURT_NAME, "受理法院").pastDate(Var.COURT_APPLIED_ON, "申请日期");
        if (remedies.pending(Typed.DECISION_NO.from(task).getOrNull())) {
          checks.problem(StatuteTexts.text("rule.remedy.enforcement-pending"));
        }
      }
      case DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE ->
          checks.decision(Var.CLOSURE_APPROVAL, Code.RETURNED, "理由", Code.APPROVED, Code.RETURNED);
      case DualPenaltyProcess.USER_TASK_SUPPLEMENT_CASE_FILE -> checks.required(CommonVariables.OPINION, "补充情况");
      default -> { }
    }
  }

  /**
   * 拟定处罚意见: how the party is treated ({@link PenaltyTreatment}; none given is {@code STANDARD}) and, unless it is
   * no penalty (then the proposed fine is 0), a whole number of yuan. The fine never exceeds the range's upper limit; below its lower limit only as
   * a reduced penalty (减轻), which goes to the leaders for approval. A lighter (从轻), reduced or no penalty names a
   * circumstance the decision table {@code penalty-mitigation} permits for it, with its facts; its article is kept
   * with the proposal for the documents. Without a range (no table row) a reason says how the fine was set.
   */
  private void proposal(VariableChecks checks, DelegateTask task) {
    checks.required(Var.DRAFT_DECISION, "拟处理决定内容");
    String treatmentCode = checks.text(Var.TREATMENT);
    PenaltyTreatment treatment = treatmentCode == null ? PenaltyTreatment.STANDARD
        : Coded.find(PenaltyTreatment.class, treatmentCode).orElse(null);
    if (treatment == null) {
      checks.oneOf(Var.TREATMENT, "处理方式", Coded.codes(PenaltyTreatment.class));
      return;
    }
    mitigation(checks, task, treatment);
    if (checks.isTrue(Var.DAILY_PENALTY)) {
      dailyPenalty(checks, task, treatment);
      return;
    }
    if (treatment == PenaltyTreatment.NOT_PENALISED) {
      // No fine: an amount of an earlier proposal (hidden by the form) does not stay with this one.
      Typed.PROPOSED_FINE_YUAN.on(task).set(0L);
      return;
    }
    checks.wholeNumber(Var.PROPOSED_FINE_YUAN, "拟罚款金额（元）", 0);
    Long fine = checks.number(Var.PROPOSED_FINE_YUAN);
    Long min = checks.number(Var.FINE_MIN_YUAN);
    Long max = checks.number(Var.FINE_MAX_YUAN);
    if (fine != null && (min == null || max == null)) {
      checks.required(Var.DEVIATION_REASON, "无裁量基准时确定罚款金额的理由");
    } else if (fine != null && fine > max) {
      checks.problem(StatuteTexts.text("rule.fine-above-range", fine, min, max));
    } else if (fine != null && treatment == PenaltyTreatment.REDUCED && fine >= min) {
      checks.problem(StatuteTexts.text("rule.reduced-fine-below-range", fine, min));
    } else if (fine != null && treatment != PenaltyTreatment.REDUCED && fine < min) {
      checks.problem(StatuteTexts.text("rule.fine-below-range-needs-reduction", fine, min, max));
    }
    // 行政处罚法 art. 45 para 2: a statement or hearing never earns a heavier penalty; only new facts, recorded and
    // notified again (the proposal goes back through the notice), allow one.
    Long notified = checks.number(Var.NOTIFIED_FINE_YUAN);
    boolean heard = checks.is(Var.PARTY_RESPONSE, PartyResponse.STATEMENT.code())
        || checks.is(Var.PARTY_RESPONSE, PartyResponse.HEARING_REQUESTED.code());
    String newFacts = checks.text(Var.NEW_FACTS);
    if (fine != null && notified != null && heard && fine > notified && (newFacts == null || newFacts.isEmpty())) {
      checks.problem(StatuteTexts.text("rule.no-heavier-penalty-after-statement", fine, notified));
    }
  }

  /** The circumstance of a lighter, reduced or no penalty, permitted by the table; none for a standard one. */
  private void mitigation(VariableChecks checks, DelegateTask task, PenaltyTreatment treatment) {
    String groundCode = checks.text(Var.MITIGATION_GROUND);
    if (treatment == PenaltyTreatment.STANDARD) {
      // A circumstance of an earlier proposal (hidden by the form) does not stay with this one.
      // (Emptied, not removed: they are the party's own variables, and a removed one would next be set case-wide.)
      Typed.MITIGATION_GROUND.on(task).set(null);
      Typed.MITIGATION_FACTS.on(task).set(null);
      Typed.MITIGATION_ARTICLE.on(task).set(null);
      return;
    }
    checks.oneOf(Var.MITIGATION_GROUND, treatment.chineseName() + "的情形", Coded.codes(MitigationGround.class))
        .required(Var.MITIGATION_FACTS, treatment.chineseName() + "情形的事实和证据");
    Coded.find(MitigationGround.class, groundCode).ifPresent(ground -> mitigation.article(ground, treatment)
        .ifPresentOrElse(article -> Typed.MITIGATION_ARTICLE.on(task).set(article),
            () -> checks.problem(StatuteTexts.text("rule.circumstance-does-not-permit", ground.chineseName(),
                treatment.chineseName()))));
  }

  /** 登记缴款: a whole amount of at least 1 yuan, a day that has come, a receipt number of at most 64 characters. */
  private static void payment(VariableChecks checks) {
    checks.wholeNumber(Var.PAYMENT_AMOUNT_YUAN, "本次缴款金额（元）", 1).pastDate(Var.PAYMENT_PAID_ON, "缴款日期");
    String receipt = checks.text(Var.PAYMENT_RECEIPT_NO);
    if (receipt != null && receipt.length() > 64) {
      checks.problem("缴款凭证号不能超过64字");
    }
  }

  private static void partyResponse(VariableChecks checks) {
    checks.oneOf(Var.PARTY_RESPONSE, "当事人意见", Coded.codes(PartyResponse.class));
    if (checks.is(Var.PARTY_RESPONSE, PartyResponse.STATEMENT.code())) {
      checks.required(Var.STATEMENT_SUMMARY, "陈述申辩要点");
    } else if (checks.is(Var.PARTY_RESPONSE, PartyResponse.HEARING_REQUESTED.code())
        && !checks.isTrue(Var.HEARING_RIGHT)) {
      checks.problem("该当事人不享有听证权利（拟作出的处罚未达听证标准），不能登记听证申请");
    }
  }

  private void hearingSchedule(VariableChecks checks, DelegateTask task) {
    // The notice is served today; the hearing may be held from the 7th working day after it, on a working day.
    LocalDate earliest = deadline.workingDayAfter(checks.today(), limits.getHearingNoticeWorkingDays());
    String earliestLabel = "送达听证通知后" + limits.getHearingNoticeWorkingDays() + "个工作日的最早日期";
    checks.required(Var.HEARING_HOST, "听证主持人").required(Var.HEARING_LOCATION, "听证地点")
        .futureDate(Var.HEARING_DATE, "听证日期")
        .notBefore(Var.HEARING_DATE, "听证日期", earliest, earliestLabel)
        .workingDay(Var.HEARING_DATE, "听证日期", "最早可定于" + earliest);
    String host = checks.text(Var.HEARING_HOST);
    if (host != null && !host.isEmpty() && excluded(task).contains(host)) {
      checks.problem("听证主持人不能是本案承办人或调查人员：" + host);
    }
  }

  private static Set<String> excluded(DelegateTask task) {
    Set<String> excluded = new java.util.HashSet<>(Investigators.ids(Typed.HANDLER.from(task).getOrNull()));
    excluded.addAll(Investigators.ids(Typed.INVESTIGATORS.from(task).getOrNull()));
    return excluded;
  }
}
