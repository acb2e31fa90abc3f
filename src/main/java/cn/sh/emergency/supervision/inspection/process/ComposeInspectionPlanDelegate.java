package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.inspection.Checklists;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Typed;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Var;
import cn.sh.emergency.supervision.inspection.InspectionPlanView;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.inspection.PlanCategory;
import cn.sh.emergency.supervision.inspection.PlanEntryView;
import cn.sh.emergency.supervision.inspection.PlanKind;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 编制检查计划: the plan's units, categories and inspections from the district's register as it is now, and what the
 * leaders are asked to approve (the totals and the key units with their reasons).
 */
@Component("composeInspectionPlanDelegate")
class ComposeInspectionPlanDelegate implements JavaDelegate {

  /** The approval form lists at most this many key units by name; the plan's page lists all. */
  static final int KEY_UNITS_LISTED = 30;

  private final InspectionPlans plans;
  private final Deadline deadline;

  ComposeInspectionPlanDelegate(InspectionPlans plans, Deadline deadline) {
    this.plans = plans;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    InspectionPlanView plan = plans.compose(caseNo, CommonVariables.Typed.DISTRICT.from(execution).get(),
        Coded.find(PlanKind.class, Typed.PLAN_KIND.from(execution).get()).orElseThrow(),
        Typed.PLAN_TITLE.from(execution).get().trim(), deadline.dayOf(Typed.PERIOD_FROM.from(execution).get()),
        deadline.dayOf(Typed.PERIOD_TO.from(execution).get()),
        new LinkedHashSet<>(Checklists.ticked(execution.getVariable(Var.PLAN_SECTORS))), BureauTime.today());
    List<PlanEntryView> entries = plans.entries(caseNo);
    execution.setVariable(Var.PLAN_UNITS, plan.units());
    execution.setVariable(Var.PLAN_KEY_UNITS, plan.keyUnits());
    execution.setVariable(Var.PLANNED_INSPECTIONS, plan.plannedInspections());
    execution.setVariable(Var.PLAN_SUMMARY, summary(plan, entries));
  }

  static String summary(InspectionPlanView plan, List<PlanEntryView> entries) {
    StringBuilder text = new StringBuilder("检查范围内单位" + plan.units() + "家，其中重点检查范围" + plan.keyUnits()
        + "家，无事不扰" + entries.stream().filter(e -> e.category() == PlanCategory.NON_INTRUSIVE).count()
        + "家；计划检查" + plan.plannedInspections() + "家次。");
    List<PlanEntryView> key = entries.stream().filter(PlanEntryView::key).toList();
    key.stream().limit(KEY_UNITS_LISTED).forEach(e -> text.append("\n").append(e.enterpriseName()).append("（")
        .append(String.join("；", e.keyReasons())).append("）：").append(e.timesPlanned()).append("次"));
    if (key.size() > KEY_UNITS_LISTED) {
      text.append("\n……等").append(key.size()).append("家，详见计划页面");
    }
    return text.toString();
  }
}
