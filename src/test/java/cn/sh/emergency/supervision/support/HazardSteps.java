package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.HazardReport;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

/**
 * Steps of the hazard lifecycle as its users take them through the Java API, each as a demo user of a district
 * ({@code jingan-handler}, {@code jingan-leader}, …): report through the same intake as {@code POST /api/hazards},
 * complete a case's task with the variables its form would submit.
 */
public final class HazardSteps {

  private final HazardIntake intake;
  private final TaskService taskService;
  private final IdentityService identityService;

  public HazardSteps(HazardIntake intake, TaskService taskService, IdentityService identityService) {
    this.intake = intake;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** Reports a hazard of an enterprise in the user's district and street; returns the case number. */
  public String report(String user, String street, String sector) {
    return report(user, sampleReport(districtOf(user), street, sector));
  }

  /** Reports the hazard as the user; returns the case number. */
  public String report(String user, HazardReport report) {
    return as(user, () -> intake.report(report));
  }

  /**
   * What a handler reports about the sample enterprise of a district (a chemical plant's mixed storage), at a place of
   * its own ({@link UniqueReports}): no duplicate of another report.
   */
  public static HazardReport sampleReport(String district, String street, String sector) {
    return new HazardReport(district, street, "上海某化工有限公司", EngineRest.VALID_USCC, sector, "INSPECTION",
        UniqueReports.location("3号仓库"), "危化品混存", null, null);
  }

  /** The same report, confirmed not to be a duplicate of the earlier reports it matches (确认不是重复报告). */
  public static HazardReport confirmedNotDuplicate(HazardReport report) {
    return new HazardReport(report.district(), report.street(), report.enterpriseName(), report.enterpriseUscc(),
        report.sector(), report.source(), report.location(), report.description(), report.reporterContact(), true);
  }

  /** Completes the case's open task of the given definition as the user. */
  public void complete(String caseNo, String taskKey, String user, Map<String, Object> variables) {
    as(user, () -> {
      taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
          .taskDefinitionKey(taskKey).singleResult().getId(), variables);
      return null;
    });
  }

  /** A complete rectification plan (整改方案) of a major hazard. */
  public static Map<String, Object> rectificationPlan(boolean workersCongressInformed) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put(Var.PLAN_GOAL, "消除危化品混存");
    plan.put(Var.PLAN_MEASURES, "分区存放、增设防爆柜");
    plan.put(Var.PLAN_FUNDS, "20万元，已落实");
    plan.put(Var.PLAN_RESPONSIBLE, "安全部 王某");
    plan.put(Var.PLAN_SAFETY_MEASURES, "专人监护，应急预案已备案");
    plan.put(Var.WORKERS_CONGRESS_INFORMED, workersCongressInformed);
    return plan;
  }

  private <T> T as(String user, Supplier<T> step) {
    String group = user.contains("-leader") ? "leaders" : "case-handlers";
    identityService.setAuthentication(user, List.of(group), List.of(districtOf(user)));
    try {
      return step.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String districtOf(String user) {
    return user.substring(0, user.indexOf('-'));
  }
}
