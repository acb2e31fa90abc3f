package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.inspection.ConflictView;
import cn.sh.emergency.supervision.inspection.EnterpriseView;
import cn.sh.emergency.supervision.inspection.Enterprises;
import cn.sh.emergency.supervision.inspection.InspectionDraws;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/officer-conflicts}: an officer's conflict of interest with a unit of the register (回避), declared by the
 * officer himself or a section chief; the 双随机 draw never draws him for it. Another district's unit is 404.
 */
@RestController
class OfficerConflictController {

  private final InspectionDraws draws;
  private final Enterprises enterprises;
  private final CurrentUser currentUser;

  OfficerConflictController(InspectionDraws draws, Enterprises enterprises, CurrentUser currentUser) {
    this.draws = draws;
    this.enterprises = enterprises;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/officer-conflicts")
  ResponseEntity<ConflictView> declare(@Valid @RequestBody ConflictRequest request) {
    AuthenticatedUser user = currentUser.get();
    EnterpriseView unit = visibleUnit(request.uscc());
    if (!user.userId().equals(request.userId()) && !user.hasRole(Roles.SECTION_CHIEFS) && !user.isAdministrator()) {
      throw new AccessDeniedException("只有执法人员本人或者科室负责人可以登记回避事项");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(draws.declareConflict(request.userId().trim(),
        unit.uscc(), request.reason().trim(), user.userId(), EngineClock.now()));
  }

  @GetMapping("/api/officer-conflicts")
  List<ConflictView> ofUnit(@RequestParam String uscc) {
    return draws.conflictsOf(visibleUnit(uscc).uscc());
  }

  private EnterpriseView visibleUnit(String uscc) {
    AuthenticatedUser user = currentUser.get();
    return enterprises.find(uscc == null ? "" : uscc.trim()).filter(e -> user.canSee(e.district()))
        .orElseThrow(() -> new NotFoundException("被检查单位不存在或无权查看：" + uscc));
  }

  /** The officer (user id), the unit (credit code), why he withdraws from inspecting it. */
  record ConflictRequest(@NotBlank(message = "请填写执法人员") @Size(max = 64, message = "不能超过64字") String userId,
                         @NotBlank(message = "请填写被检查单位统一社会信用代码") String uscc,
                         @NotBlank(message = "请填写回避理由") @Size(max = 500, message = "不能超过500字") String reason) {
  }
}
