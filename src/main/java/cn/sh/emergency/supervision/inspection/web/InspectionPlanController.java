package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.inspection.DrawView;
import cn.sh.emergency.supervision.inspection.InspectionDraws;
import cn.sh.emergency.supervision.inspection.InspectionPlanDraft;
import cn.sh.emergency.supervision.inspection.InspectionPlanView;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.inspection.PlanEntryView;
import cn.sh.emergency.supervision.inspection.PlanProgress;
import cn.sh.emergency.supervision.inspection.process.InspectionPlanIntake;
import cn.sh.emergency.supervision.inspection.process.RandomDrawRun;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspection-plans}: a section chief drafts a plan (the leaders approve it in Tasklist) and organises its
 * 双随机 draws (announced, then run); case workers list their districts' plans and see one with its units, their
 * inspections, the progress against it and its draws.
 */
@RestController
class InspectionPlanController {

  static final String API = "/api/inspection-plans";

  private final InspectionPlanIntake intake;
  private final InspectionPlans plans;
  private final InspectionDraws draws;
  private final RandomDrawRun drawRun;
  private final CaseAccess caseAccess;
  private final CurrentUser currentUser;

  InspectionPlanController(InspectionPlanIntake intake, InspectionPlans plans, InspectionDraws draws,
                           RandomDrawRun drawRun, CaseAccess caseAccess, CurrentUser currentUser) {
    this.intake = intake;
    this.plans = plans;
    this.draws = draws;
    this.drawRun = drawRun;
    this.caseAccess = caseAccess;
    this.currentUser = currentUser;
  }

  /** 201 with the plan's case number, composed and waiting for the leaders' approval. */
  @PostMapping(API)
  ResponseEntity<Map<String, Object>> draft(@Valid @RequestBody InspectionPlanDraft draft) {
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.SECTION_CHIEFS) && !user.isAdministrator()) {
      throw new AccessDeniedException("只有科室负责人可以起草执法检查计划");
    }
    String caseNo = intake.draft(draft);
    InspectionPlanView plan = plans.find(caseNo).orElseThrow();
    return ResponseEntity.created(URI.create(API + "/" + caseNo)).body(Map.of("caseNo", caseNo,
        "units", plan.units(), "keyUnits", plan.keyUnits(), "plannedInspections", plan.plannedInspections()));
  }

  @GetMapping({API, "/dashboard" + API})
  List<InspectionPlanView> plans() {
    return plans.of(currentUser.get().visibleDistricts());
  }

  @GetMapping({API + "/{caseNo}", "/dashboard" + API + "/{caseNo}"})
  PlanDetail plan(@PathVariable String caseNo) {
    caseAccess.visible(caseNo);
    InspectionPlanView plan = plans.find(caseNo).orElseThrow(() -> new NotFoundException("不是执法检查计划：" + caseNo));
    return new PlanDetail(plan, plans.progress(caseNo), plans.entries(caseNo));
  }

  /** 双随机, step 1: the seed fixed and published with the frozen pool and roster (section chiefs). */
  @PostMapping(API + "/{planNo}/draws")
  ResponseEntity<DrawView> announce(@PathVariable String planNo, @Valid @RequestBody DrawRequest request) {
    String actor = chief(planNo, "只有科室负责人可以组织双随机抽取");
    DrawView draw = draws.announce(planNo, request.units(), request.plannedOn(), actor, EngineClock.now());
    return ResponseEntity.created(URI.create("/api/public/draws/" + draw.drawNo())).body(draw);
  }

  /** 双随机, step 2: the announced draw run, once; each unit drawn gets its inspection and officers. */
  @PostMapping(API + "/{planNo}/draws/{drawNo}/result")
  DrawView run(@PathVariable String planNo, @PathVariable String drawNo) {
    String actor = chief(planNo, "只有科室负责人可以组织双随机抽取");
    return drawRun.run(planNo, drawNo, actor, EngineClock.now());
  }

  @GetMapping({API + "/{planNo}/draws", "/dashboard" + API + "/{planNo}/draws"})
  List<DrawView> draws(@PathVariable String planNo) {
    caseAccess.visible(planNo);
    return draws.ofPlan(planNo);
  }

  /** The caller, a section chief (or administrator) who may see the plan; 404 for another district's. */
  private String chief(String planNo, String refusal) {
    caseAccess.visible(planNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.SECTION_CHIEFS) && !user.isAdministrator()) {
      throw new AccessDeniedException(refusal);
    }
    return user.userId();
  }

  /** How many units to draw, and the day their inspections are planned for. */
  record DrawRequest(@NotNull(message = "请填写抽取的单位数") Integer units,
                     @NotNull(message = "请填写检查日期") LocalDate plannedOn) {
  }

  record PlanDetail(@JsonUnwrapped InspectionPlanView plan, PlanProgress progress, List<PlanEntryView> entries) {
  }
}
