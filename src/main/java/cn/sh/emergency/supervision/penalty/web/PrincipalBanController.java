package cn.sh.emergency.supervision.penalty.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.penalty.BanBasis;
import cn.sh.emergency.supervision.penalty.PrincipalBanView;
import cn.sh.emergency.supervision.penalty.PrincipalBans;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.ResidentId;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 任职限制 (安全生产法 art. 94 para. 3): a handler records that a case's principal was dismissed (撤职处分) or — outside
 * the crime transfer's own step — sentenced; case workers look a person up by identity number before accepting him
 * as a unit's principal, across all districts (a ban is national). A major accident's lifelong ban is recorded by the
 * principal's decision itself.
 */
@RestController
class PrincipalBanController {

  private final PrincipalBans bans;
  private final CaseAccess caseAccess;
  private final CurrentUser currentUser;

  PrincipalBanController(PrincipalBans bans, CaseAccess caseAccess, CurrentUser currentUser) {
    this.bans = bans;
    this.caseAccess = caseAccess;
    this.currentUser = currentUser;
  }

  /** The bans of the case's principals, as recorded. */
  @GetMapping(PenaltyController.API + "/cases/{caseNo}/principal-bans")
  List<PrincipalBanView> ofCase(@PathVariable String caseNo) {
    caseAccess.visible(caseNo);
    return bans.ofCase(caseNo);
  }

  /**
   * Records or restates (a sentence shortened, a sanction's day corrected) a ban of the case's principal; 409 for a
   * case without a principal with an identity number, 400 for a party who is not one.
   */
  @PostMapping(PenaltyController.API + "/cases/{caseNo}/principal-bans")
  ResponseEntity<PrincipalBanView> record(@PathVariable String caseNo, @Valid @RequestBody BanRequest request) {
    CaseSummary summary = caseAccess.visible(caseNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.CASE_HANDLERS)) {
      throw new AccessDeniedException("只有承办人可以登记任职限制");
    }
    BanBasis basis = Coded.find(BanBasis.class, request.basis())
        .filter(b -> !b.lifelong())
        .orElseThrow(() -> new InvalidInputException("任职限制的事由应为受刑事处罚（CRIMINAL_PENALTY）或者受撤职处分（DISMISSAL）"
            + "；对重大、特别重大事故负有责任的终身限制随处罚决定自动登记：" + request.basis()));
    if (basis == BanBasis.DISMISSAL && request.startsOn().isAfter(BureauTime.today())) {
      throw new InvalidInputException("受处分之日不能晚于今天：" + request.startsOn());
    }
    PrincipalBanView ban = bans.record(bans.principal(summary.caseNo(), request.partyNo()), basis,
        request.basisDocument().trim(), request.startsOn(), user.userId(), EngineClock.now());
    return ResponseEntity.status(HttpStatus.CREATED).body(ban);
  }

  /** A person's bans not yet over, recorded in any district: for case workers only. */
  @GetMapping(PenaltyController.API + "/principal-bans")
  List<PrincipalBanView> lookUp(@RequestParam String idNumber) {
    if (!currentUser.get().hasAnyRole(Roles.WORK_GROUPS)) {
      throw new AccessDeniedException("只有办案人员可以查询任职限制");
    }
    return bans.inForce(ResidentId.of(idNumber).value(), BureauTime.today());
  }

  /**
   * @param partyNo       the principal's party number; may be left out when the case has one principal
   * @param basis         {@code CRIMINAL_PENALTY} or {@code DISMISSAL}
   * @param basisDocument the judgment or the sanction's decision: its number, the authority, what it imposed
   * @param startsOn      the end of the sentence (its term's end while it runs) or the day of the sanction
   */
  record BanRequest(Integer partyNo,
                    @NotBlank(message = "请选择任职限制的事由") String basis,
                    @NotBlank(message = "请填写判决书或者处分决定的文号、作出机关和内容") @Size(max = 1000, message = "不能超过1000字") String basisDocument,
                    @NotNull(message = "请填写刑罚执行完毕之日或者受处分之日") LocalDate startsOn) {
  }
}
