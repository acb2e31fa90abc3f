package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.inspection.Checklists;
import cn.sh.emergency.supervision.inspection.ChecklistItem;
import cn.sh.emergency.supervision.inspection.DrawView;
import cn.sh.emergency.supervision.inspection.EnterpriseView;
import cn.sh.emergency.supervision.inspection.Enterprises;
import cn.sh.emergency.supervision.inspection.FindingAction;
import cn.sh.emergency.supervision.inspection.InspectionBasis;
import cn.sh.emergency.supervision.inspection.InspectionDraws;
import cn.sh.emergency.supervision.inspection.InspectionPlanView;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.inspection.InspectionResult;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.inspection.PlanEntryView;
import cn.sh.emergency.supervision.penalty.Investigators;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 执法检查 ({@code enforcement-inspection}). The application names a unit of the district's
 * registry (its name, street and sector come from there, never from the caller), why it is inspected (an approved plan
 * that inspects the unit in its period, or what triggered it), the day, and at least two certified officers of the
 * district or the city. The on-site record is
 * written by one of them, with the time it took, the place, who represented the unit, the sector's checklist items
 * checked and those not complied with, and a result that agrees with them. Each finding says what, where and where it
 * goes.
 */
@Component
class InspectionSubmissionRules implements SubmissionRules {

  /** An inspection longer than this is two inspections (a slip in the day or hour is the usual cause). */
  static final Duration LONGEST = Duration.ofHours(12);
  static final String INSPECTORS_TITLE = "检查人员";

  private final Enterprises enterprises;
  private final InspectionPlans plans;
  private final InspectionDraws draws;
  private final Inspections inspections;
  private final Checklists checklists;
  private final EnforcementCertificates certificates;
  private final DistrictPeople people;
  private final IdentityService identityService;

  InspectionSubmissionRules(Enterprises enterprises, InspectionPlans plans, InspectionDraws draws,
                            Inspections inspections, Checklists checklists, EnforcementCertificates certificates,
                            DistrictPeople people, IdentityService identityService) {
    this.enterprises = enterprises;
    this.plans = plans;
    this.draws = draws;
    this.inspections = inspections;
    this.checklists = checklists;
    this.certificates = certificates;
    this.people = people;
    this.identityService = identityService;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(InspectionProcess.PROCESS_KEY);
  }

  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.required(CommonVariables.DISTRICT, "所属区")
        .required(CommonVariables.ENTERPRISE_USCC, "被检查单位统一社会信用代码")
        .oneOf(Var.INSPECTION_BASIS, "检查依据", Coded.codes(InspectionBasis.class))
        .anyDate(Var.PLANNED_ON, "计划检查日期")
        .notBefore(Var.PLANNED_ON, "计划检查日期", checks.today(), "今天")
        .required(Var.INSPECTORS, INSPECTORS_TITLE);
    if (checks.is(Var.INSPECTION_BASIS, InspectionBasis.RANDOM.code())) {
      drawn(checks);
    } else if (checks.is(Var.INSPECTION_BASIS, InspectionBasis.PLANNED.code())) {
      checks.required(Var.PLAN_NO, "检查计划编号");
      followsPlan(checks);
    } else {
      checks.required(Var.BASIS_REASON, "触发检查的投诉、交办或者移送事项");
    }
    registeredUnit(checks, execution);
    officers(checks, execution);
  }

  /**
   * A drawn inspection is opened by its draw alone: the unit and the officers must be what the draw drew, once. A
   * start naming them otherwise (over the engine's API) is refused.
   */
  private void drawn(VariableChecks checks) {
    String drawNo = checks.text(Var.DRAW_NO);
    String uscc = checks.text(CommonVariables.ENTERPRISE_USCC);
    Optional<DrawView> draw = drawNo == null ? Optional.empty() : draws.find(drawNo);
    Optional<DrawView.DrawnUnit> unit = draw.filter(DrawView::run).flatMap(d -> d.result().stream()
        .filter(u -> u.uscc().equals(uscc)).findFirst());
    List<String> named = Investigators.ids(checks.text(Var.INSPECTORS));
    List<String> drawnOfficers = unit.map(u -> draw.get().roster().stream()
        .filter(o -> u.officers().contains(o.certificateNo())).map(EnforcementOfficer::userId).toList())
        .orElse(List.of());
    if (unit.isEmpty() || !draw.get().planCaseNo().equals(checks.text(Var.PLAN_NO))
        || !drawnOfficers.containsAll(named) || !named.containsAll(drawnOfficers)
        || inspections.drawn(drawNo, uscc)) {
      checks.problem("双随机抽查只能由抽取结果生成，不能自行申请");
    }
  }

  /**
   * A planned inspection follows an approved plan of the district, of a unit the plan inspects (not one it leaves
   * alone, 无事不扰), on a day of the plan's period.
   */
  private void followsPlan(VariableChecks checks) {
    String planNo = checks.text(Var.PLAN_NO);
    String district = checks.text(CommonVariables.DISTRICT);
    if (planNo == null || planNo.isEmpty()) {
      return;
    }
    Optional<InspectionPlanView> found = plans.find(planNo.trim()).filter(p -> p.district().equals(district));
    if (found.isEmpty() || !found.get().inForce()) {
      checks.problem("检查计划" + planNo + "不存在、不属于本区或者尚未批准");
      return;
    }
    InspectionPlanView plan = found.get();
    String uscc = checks.text(CommonVariables.ENTERPRISE_USCC);
    Optional<PlanEntryView> entry = uscc == null ? Optional.empty()
        : plans.entry(plan.caseNo(), uscc.trim().toUpperCase(java.util.Locale.ROOT));
    if (entry.isEmpty()) {
      checks.problem("该单位不在检查计划" + planNo + "的检查范围内");
    } else if (entry.get().timesPlanned() == 0) {
      checks.problem("该单位在检查计划中为无事不扰对象，不安排计划检查（可双随机抽查或者触发式检查）");
    }
    String day = checks.text(Var.PLANNED_ON);
    try {
      if (day != null && !day.isEmpty() && !plan.covers(java.time.LocalDate.parse(day.substring(0, 10)))) {
        checks.problem("计划检查日期不在检查计划的期间（" + plan.periodFrom() + "至" + plan.periodTo() + "）内");
      }
    } catch (DateTimeParseException e) {
      // reported by the date check of the same field
    }
  }

  /** The unit must be in the district's registry: what the case says of it comes from there. */
  private void registeredUnit(VariableChecks checks, DelegateExecution execution) {
    String uscc = checks.text(CommonVariables.ENTERPRISE_USCC);
    String district = checks.text(CommonVariables.DISTRICT);
    if (uscc == null || uscc.isEmpty() || district == null || district.isEmpty()) {
      return;
    }
    Optional<EnterpriseView> unit = enterprises.find(uscc.trim().toUpperCase(java.util.Locale.ROOT))
        .filter(e -> e.district().equals(district));
    if (unit.isEmpty()) {
      checks.problem("统一社会信用代码为" + uscc + "的单位不在本区被检查单位名录中，请先登记该单位");
      return;
    }
    EnterpriseView enterprise = unit.get();
    Sector sector = Sector.of(enterprise.sector());
    execution.setVariable(CommonVariables.ENTERPRISE_USCC, enterprise.uscc());
    execution.setVariable(CommonVariables.ENTERPRISE_NAME, enterprise.name());
    execution.setVariable(CommonVariables.STREET, enterprise.street());
    execution.setVariable(CommonVariables.SECTOR, sector.code());
    execution.setVariable(Var.CHECKLIST_ITEMS, ChecklistOptions.json(checklists.options(sector)));
  }

  /** Two or more certified officers of the district or the city (行政处罚法 art. 42), kept with their numbers. */
  private void officers(VariableChecks checks, DelegateExecution execution) {
    String named = checks.text(Var.INSPECTORS);
    if (named == null || named.isEmpty()) {
      return;
    }
    Investigators.Check officers = Investigators.check(named, certificates::officer, INSPECTORS_TITLE);
    officers.problems().forEach(checks::problem);
    String district = checks.text(CommonVariables.DISTRICT);
    Set<String> offered = district == null || officers.officers().isEmpty() ? Set.of()
        : people.ids(StaffRole.OFFICER, district);
    List<String> elsewhere = officers.officers().stream().map(EnforcementOfficer::userId)
        .filter(id -> !offered.contains(id)).toList();
    if (!elsewhere.isEmpty()) {
      checks.problem(INSPECTORS_TITLE + "不属于本区：" + String.join("、", elsewhere));
    }
    execution.setVariable(Var.INSPECTORS, officers.userIds());
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case InspectionProcess.USER_TASK_INSPECT_ON_SITE -> onSite(checks, task);
      case InspectionProcess.USER_TASK_RECORD_FINDING -> finding(checks, task);
      default -> { }
    }
  }

  private void onSite(VariableChecks checks, DelegateTask task) {
    checks.required(Var.SITE_PLACE, "检查场所")
        .required(Var.SITE_REPRESENTATIVE, "被检查单位现场负责人")
        .required(Var.SITE_SITUATION, "检查情况")
        .oneOf(Var.INSPECTION_RESULT, "检查结果", Coded.codes(InspectionResult.class));
    byAnInspector(checks, task);
    inspectionTime(checks);
    Sector sector = Sector.of(String.valueOf(task.getVariable(CommonVariables.SECTOR)));
    Set<String> known = checklists.of(sector).stream().map(ChecklistItem::code).collect(Collectors.toSet());
    List<String> checked = Checklists.ticked(task.getVariable(Var.CHECKED_ITEMS));
    List<String> nonCompliant = Checklists.ticked(task.getVariable(Var.NON_COMPLIANT_ITEMS));
    if (checked.isEmpty()) {
      checks.problem("请勾选本次检查的项目");
    }
    List<String> unknown = java.util.stream.Stream.concat(checked.stream(), nonCompliant.stream())
        .filter(code -> !known.contains(code)).distinct().toList();
    if (!unknown.isEmpty()) {
      checks.problem("检查项目不属于本行业的检查表：" + String.join("、", unknown));
    }
    List<String> unchecked = nonCompliant.stream().filter(code -> !checked.contains(code)).toList();
    if (!unchecked.isEmpty()) {
      checks.problem("不符合要求的项目须是已检查的项目：" + String.join("、", unchecked));
    }
    if (!nonCompliant.isEmpty() && checks.is(Var.INSPECTION_RESULT, InspectionResult.NO_FINDING.code())) {
      checks.problem("有不符合要求的检查项目，检查结果应为发现问题");
    }
  }

  /** The on-site record is written by one of the officers who inspected (they sign it). */
  private void byAnInspector(VariableChecks checks, DelegateTask task) {
    String actor = EngineUsers.currentOr(identityService, task.getAssignee());
    List<String> inspectors = Investigators.ids(task.getVariable(Var.INSPECTORS));
    if (!inspectors.contains(actor)) {
      checks.problem("现场检查记录应由本次检查的检查人员填写：" + String.join("、", inspectors));
    }
  }

  private static void inspectionTime(VariableChecks checks) {
    LocalDateTime started = dateTime(checks, Var.INSPECTION_STARTED_AT, "检查开始时间");
    LocalDateTime ended = dateTime(checks, Var.INSPECTION_ENDED_AT, "检查结束时间");
    if (started == null || ended == null) {
      return;
    }
    if (!ended.isAfter(started)) {
      checks.problem("检查结束时间须晚于开始时间");
    } else if (Duration.between(started, ended).compareTo(LONGEST) > 0) {
      checks.problem("一次现场检查不能超过" + LONGEST.toHours() + "小时，请核对检查时间");
    }
    Instant now = EngineClock.now();
    if (BureauTime.of(ended).isAfter(now)) {
      checks.problem("检查结束时间不能晚于现在");
    }
  }

  private void finding(VariableChecks checks, DelegateTask task) {
    checks.required(Var.FINDING_DESCRIPTION, "发现的问题")
        .required(Var.FINDING_LOCATION, "问题所在部位")
        .oneOf(Var.FINDING_ACTION, "处理方式", Coded.codes(FindingAction.class))
        .oneOf(Var.MORE_FINDINGS, "是否继续登记", Code.NEXT, Code.DONE);
    String item = checks.text(Var.FINDING_ITEM);
    if (item != null && !item.isEmpty()
        && !Checklists.ticked(task.getVariable(Var.NON_COMPLIANT_ITEMS)).contains(item)
        && !Checklists.ticked(task.getVariable(Var.CHECKED_ITEMS)).contains(item)) {
      checks.problem("所属检查项目须是本次检查的项目：" + item);
    }
  }

  /** A local date and time (2026-03-02T09:00, seconds optional), China Standard Time. */
  static LocalDateTime dateTime(VariableChecks checks, String name, String label) {
    String value = checks.text(name);
    if (value == null || value.isEmpty()) {
      checks.problem("请填写" + label);
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      checks.problem(label + "应为日期时间（如2026-03-02T09:00）：" + value);
      return null;
    }
  }
}
