package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.inspection.InspectionPlanDraft;
import cn.sh.emergency.supervision.inspection.InspectionPlanView;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.inspection.PlanEntryView;
import cn.sh.emergency.supervision.inspection.PlanProgress;
import cn.sh.emergency.supervision.inspection.process.InspectionPlanIntake;
import cn.sh.emergency.supervision.shared.NotFoundException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.net.URI;
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
 * {@code /api/inspection-plans}: a section chief drafts a plan (the leaders approve it in Tasklist); case workers list
 * their districts' plans and see one with its units, their inspections and the progress against it.
 */
@RestController
class InspectionPlanController {

  static final String API = "/api/inspection-plans";

  private final InspectionPlanIntake intake;
  private final InspectionPlans plans;
  private final CaseAccess caseAccess;
  private final CurrentUser currentUser;

  InspectionPlanController(InspectionPlanIntake intake, InspectionPlans plans, CaseAccess caseAccess,
                           CurrentUser currentUser) {
    this.intake = intake;
    this.plans = plans;
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

  record PlanDetail(@JsonUnwrapped InspectionPlanView plan, PlanProgress progress, List<PlanEntryView> entries) {
  }
}
