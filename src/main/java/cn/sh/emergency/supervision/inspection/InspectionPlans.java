package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.casefile.EnterpriseHistory;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection plans: composed from the district's register ("风险+信用"分类分级) — which units are in scope, why a unit
 * is in the 重点检查范围 (重点监管, 较高以上风险, a fatal accident within three years, joint sanctions), how often each is
 * inspected ({@code inspection-frequency}) — approved, published, and followed by inspections.
 */
@Service
@Transactional
public class InspectionPlans {

  /** A fatal accident of the last three years puts a unit in the 重点检查范围. */
  static final int FATAL_ACCIDENT_YEARS = 3;

  private final InspectionPlanRepository plans;
  private final PlanEntryRepository entries;
  private final InspectionRepository inspections;
  private final Enterprises enterprises;
  private final EnterpriseHistory history;
  private final DecisionService decisions;
  private final IdentityService identityService;

  InspectionPlans(InspectionPlanRepository plans, PlanEntryRepository entries, InspectionRepository inspections,
                  Enterprises enterprises, EnterpriseHistory history, DecisionService decisions,
                  IdentityService identityService) {
    this.plans = plans;
    this.entries = entries;
    this.inspections = inspections;
    this.enterprises = enterprises;
    this.history = history;
    this.decisions = decisions;
    this.identityService = identityService;
  }

  /**
   * (Re)composes the plan of the case from the register as it is today: its units in scope (the sectors named, else
   * all), each with its category and inspections. An annual plan inspects a unit as often as the table says; a special
   * plan once, except the units left alone (无事不扰) that are not key units.
   */
  public InspectionPlanView compose(String caseNo, String district, PlanKind kind, String title, LocalDate from,
                                    LocalDate to, Set<String> sectors, LocalDate today) {
    InspectionPlan plan = plans.findByCaseNo(caseNo).orElseGet(() -> new InspectionPlan(caseNo, district));
    plan.scope(kind, title, from, to, sectors.isEmpty() ? null : String.join(",", sectors.stream().sorted().toList()));
    List<PlanEntryView> composed = new ArrayList<>();
    for (EnterpriseView unit : enterprises.list(List.of(district), null, null, null)) {
      if (sectors.isEmpty() || sectors.contains(unit.sector())) {
        composed.add(entry(unit, kind, today));
      }
    }
    plans.saveAndFlush(plan);
    entries.deleteByPlan(caseNo);
    composed.forEach(e -> entries.save(new PlanEntry(caseNo, e)));
    plan.totals(composed.size(), (int) composed.stream().filter(PlanEntryView::key).count(),
        composed.stream().mapToInt(PlanEntryView::timesPlanned).sum());
    return plan.view();
  }

  public void approve(String caseNo, Instant at) {
    plan(caseNo).approved(at);
  }

  public void publish(String caseNo, LocalDate on) {
    plan(caseNo).published(on);
  }

  @Transactional(readOnly = true)
  public Optional<InspectionPlanView> find(String caseNo) {
    return plans.findByCaseNo(caseNo).map(InspectionPlan::view);
  }

  @Transactional(readOnly = true)
  public List<InspectionPlanView> of(Collection<String> districts) {
    return plans.findByDistrictInOrderByPeriodFromDescCaseNoAsc(districts).stream().map(InspectionPlan::view).toList();
  }

  @Transactional(readOnly = true)
  public List<PlanEntryView> entries(String caseNo) {
    return entries.findByPlanCaseNoOrderByUsccAsc(caseNo).stream().map(PlanEntry::view).toList();
  }

  @Transactional(readOnly = true)
  public Optional<PlanEntryView> entry(String caseNo, String uscc) {
    return entries.findByPlanCaseNoAndUscc(caseNo, uscc).map(PlanEntry::view);
  }

  @Transactional(readOnly = true)
  public PlanProgress progress(String caseNo) {
    InspectionPlanView plan = plan(caseNo).view();
    List<String> keyUnits = entries(caseNo).stream().filter(PlanEntryView::key).map(PlanEntryView::uscc).toList();
    Instant from = BureauTime.startOf(plan.periodFrom());
    Instant to = BureauTime.startOf(plan.periodTo().plusDays(1));
    long keyInspected = keyUnits.isEmpty() ? 0
        : inspections.countInspectedUnits(plan.district(), keyUnits, from, to);
    return new PlanProgress(plan.plannedInspections(), inspections.countInspectedOfPlan(caseNo), keyUnits.size(),
        keyInspected);
  }

  /**
   * The progress of the plans in force of the districts (one, when given; all when none are named) whose period
   * overlaps the days, summed: what the KPIs report against plan (by district: a plan has no street or sector).
   */
  @Transactional(readOnly = true)
  public PlanProgress progressOf(Collection<String> districts, String district, LocalDate from, LocalDate to) {
    int planned = 0;
    long done = 0;
    int keyUnits = 0;
    long keyInspected = 0;
    Collection<String> in = district != null ? List.of(district) : districts != null ? districts
        : java.util.Arrays.stream(District.values()).map(District::code).toList();
    for (InspectionPlanView plan : of(in)) {
      if (plan.inForce() && !plan.periodFrom().isAfter(to) && !plan.periodTo().isBefore(from)) {
        PlanProgress progress = progress(plan.caseNo());
        planned += progress.plannedInspections();
        done += progress.inspectionsDone();
        keyUnits += progress.keyUnits();
        keyInspected += progress.keyUnitsInspected();
      }
    }
    return new PlanProgress(planned, done, keyUnits, keyInspected);
  }

  private PlanEntryView entry(EnterpriseView unit, PlanKind kind, LocalDate today) {
    List<String> reasons = new ArrayList<>();
    if (unit.keySupervision()) {
      reasons.add("重点监管对象");
    }
    if (unit.riskGrade() == RiskGrade.HIGH || unit.riskGrade() == RiskGrade.ELEVATED) {
      reasons.add("安全生产风险等级较高（" + unit.riskGrade().chineseName() + "）");
    }
    List<String> fatal = history.fatalAccidentsSince(unit.uscc(),
        BureauTime.startOf(today.minusYears(FATAL_ACCIDENT_YEARS)));
    if (!fatal.isEmpty()) {
      reasons.add("近3年发生过人员死亡的生产安全事故（" + String.join("、", fatal) + "）");
    }
    if (unit.jointSanction()) {
      reasons.add("纳入安全生产失信行为联合惩戒对象");
    }
    DmnDecisionRuleResult frequency = SystemContext.asSystem(identityService, () -> decisions
        .evaluateDecisionTableByKey(InspectionPlanProcess.FREQUENCY_DECISION, Map.<String, Object>of(
            "keyScope", !reasons.isEmpty(), "riskGrade", unit.riskGrade().code(),
            "creditGrade", unit.creditGrade().code()))
        .getSingleResult());
    int perYear = ((Number) frequency.getEntry("timesPerYear")).intValue();
    PlanCategory category = PlanCategory.valueOf((String) frequency.getEntry("category"));
    int times = kind == PlanKind.ANNUAL ? perYear : Math.min(perYear, 1);
    return new PlanEntryView(unit.uscc(), unit.name(), unit.riskGrade(), unit.creditGrade(), category, times,
        reasons);
  }

  private InspectionPlan plan(String caseNo) {
    return plans.findByCaseNo(caseNo).orElseThrow(() -> new NotFoundException("检查计划不存在：" + caseNo));
  }
}
