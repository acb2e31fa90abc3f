package cn.sh.emergency.supervision.penalty.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.penalty.Instalment;
import cn.sh.emergency.supervision.penalty.PartyView;
import cn.sh.emergency.supervision.penalty.PaymentPlanKind;
import cn.sh.emergency.supervision.penalty.PaymentRequest;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyDue;
import cn.sh.emergency.supervision.penalty.PenaltyProposal;
import cn.sh.emergency.supervision.penalty.RemedyKind;
import cn.sh.emergency.supervision.penalty.process.CrimeTransfers;
import cn.sh.emergency.supervision.penalty.process.DecisionRemedies;
import cn.sh.emergency.supervision.penalty.process.PenaltyIntake;
import cn.sh.emergency.supervision.penalty.process.PaymentPlans;
import cn.sh.emergency.supervision.penalty.process.PenaltyPayments;
import cn.sh.emergency.supervision.penalty.process.PreservationIntake;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
 * {@code /api/penalties}: propose a dual-penalty case (also from an open referral), see a case's parties (also on the
 * case page, {@code /dashboard/api/penalties/cases/{caseNo}}), what a decision's party owes today, and record
 * payments. Another district's case or decision answers 404.
 */
@RestController
class PenaltyController {

  static final String API = "/api/penalties";


  private final PenaltyIntake intake;
  private final PreservationIntake preservations;
  private final CrimeTransfers transfers;
  private final DecisionRemedies remedies;
  private final PaymentPlans plans;
  private final PenaltyPayments payments;
  private final PenaltyCases cases;
  private final CaseAccess caseAccess;
  private final CaseReferrals caseReferrals;
  private final CurrentUser currentUser;

  PenaltyController(PenaltyIntake intake, PreservationIntake preservations, CrimeTransfers transfers,
                    DecisionRemedies remedies, PaymentPlans plans, PenaltyPayments payments, PenaltyCases cases,
                    CaseAccess caseAccess, CaseReferrals caseReferrals, CurrentUser currentUser) {
    this.intake = intake;
    this.preservations = preservations;
    this.transfers = transfers;
    this.remedies = remedies;
    this.plans = plans;
    this.payments = payments;
    this.cases = cases;
    this.caseAccess = caseAccess;
    this.caseReferrals = caseReferrals;
    this.currentUser = currentUser;
  }

  @PostMapping(API)
  ResponseEntity<Map<String, String>> propose(@Valid @RequestBody PenaltyProposal proposal) {
    AuthenticatedUser user = currentUser.get();
    String caseNo = intake.propose(proposal, user::canSee);
    return ResponseEntity.created(URI.create("/api/penalties/cases/" + caseNo)).body(Map.of("caseNo", caseNo));
  }

  /** Open penalty referrals (移送) of the user's districts, waiting to become cases. */
  @GetMapping(API + "/referrals")
  List<ReferralView> openReferrals() {
    AuthenticatedUser user = currentUser.get();
    return caseReferrals.open(ReferralKind.PENALTY, user.visibleDistricts());
  }

  @GetMapping({API + "/cases/{caseNo}", "/dashboard" + API + "/cases/{caseNo}"})
  PenaltyCaseView penaltyCase(@PathVariable String caseNo) {
    CaseSummary summary = caseAccess.visible(caseNo);
    List<PartyWithPayments> parties = cases.parties(caseNo).stream()
        .map(p -> new PartyWithPayments(p, p.decisionNo() == null ? null : cases.due(p.decisionNo(), today())))
        .toList();
    return new PenaltyCaseView(summary, parties);
  }

  /**
   * 先行登记保存 (行政处罚法 art. 56) of a registered, open case's evidence, by a handler of its district: the leaders
   * approve it in Tasklist, then the handler decides on the items within 7 working days. 409 before 立案 or after 结案.
   */
  @PostMapping(API + "/cases/{caseNo}/preservations")
  ResponseEntity<Map<String, String>> preserve(@PathVariable String caseNo,
                                               @Valid @RequestBody PreservationRequest preservation) {
    CaseSummary summary = caseAccess.visible(caseNo);
    if (!currentUser.get().hasRole(Roles.CASE_HANDLERS)) {
      throw new AccessDeniedException("只有承办人可以申请先行登记保存");
    }
    String id = preservations.request(summary, preservation.items(), preservation.reason());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseNo", caseNo, "processInstanceId", id));
  }

  /**
   * 涉嫌犯罪案件移送 (行政处罚法 art. 27; 国务院令第310号) of a registered, open case, by a handler of its district who
   * found a suspected crime the screening did not: the suspected parties' decisions are held, the handlers report in
   * writing and the leaders decide in Tasklist. 409 before 立案, after 结案 or while a transfer is under way.
   */
  @PostMapping(API + "/cases/{caseNo}/transfers")
  ResponseEntity<Map<String, String>> transfer(@PathVariable String caseNo,
                                               @Valid @RequestBody TransferRequest transfer) {
    CaseSummary summary = caseAccess.visible(caseNo);
    if (!currentUser.get().hasRole(Roles.CASE_HANDLERS)) {
      throw new AccessDeniedException("只有承办人可以提出移送涉嫌犯罪案件");
    }
    String id = transfers.request(summary, transfer.offence().trim(), transfer.reason().trim(),
        Boolean.TRUE.equals(transfer.unitSuspected()));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseNo", caseNo, "processInstanceId", id));
  }

  /** What the decision's party owes on a day (today by default): fine, surcharge, paid, outstanding. */
  @GetMapping(API + "/{decisionNo}")
  PenaltyDue due(@PathVariable String decisionNo,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    visibleDecision(decisionNo);
    return cases.due(decisionNo, on == null ? today() : on);
  }

  @PostMapping(API + "/{decisionNo}/payments")
  ResponseEntity<PenaltyDue> pay(@PathVariable String decisionNo, @Valid @RequestBody PaymentRequest payment) {
    visibleDecision(decisionNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.CASE_HANDLERS) && !user.hasRole(Roles.LEADERS)) {
      throw new AccessDeniedException("只有承办人或负责人可以登记缴款");
    }
    if (payment.paidOn().isAfter(today())) {
      throw new InvalidInputException("缴款日期不能晚于今天：" + payment.paidOn());
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(payments.pay(decisionNo, payment.amountYuan(), payment.paidOn(),
            blankToNull(payment.receiptNo()), user.userId()));
  }

  /**
   * 行政复议 or 行政诉讼 the party filed against its decision, recorded by a handler of the district: pending, it stops
   * court enforcement; its outcome is recorded in Tasklist (登记复议或诉讼结果). 409 while another is pending or once the
   * decision was revoked.
   */
  @PostMapping(API + "/{decisionNo}/remedies")
  ResponseEntity<Map<String, String>> remedy(@PathVariable String decisionNo,
                                             @Valid @RequestBody RemedyRequest remedy) {
    CaseSummary summary = visibleDecision(decisionNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.CASE_HANDLERS)) {
      throw new AccessDeniedException("只有承办人可以登记行政复议或者行政诉讼");
    }
    if (remedy.filedOn().isAfter(today())) {
      throw new InvalidInputException("申请或者起诉日期不能晚于今天：" + remedy.filedOn());
    }
    RemedyKind kind = Coded.find(RemedyKind.class, remedy.kind())
        .orElseThrow(() -> new InvalidInputException("救济途径的取值无效：" + remedy.kind()));
    String id = remedies.file(summary, decisionNo, kind, remedy.filedOn(), remedy.authority().trim(),
        blankToNull(remedy.reference()), user.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("decisionNo", decisionNo, "processInstanceId", id));
  }

  /**
   * 延期或者分期缴纳 (行政处罚法 art. 66): the party's application, recorded by a handler of the district, goes to the
   * leaders in Tasklist; approved, the instalments govern what it owes. 409 before service, after the party
   * concluded, while one is pending or once a plan was adopted.
   */
  @PostMapping(API + "/{decisionNo}/payment-plans")
  ResponseEntity<Map<String, String>> paymentPlan(@PathVariable String decisionNo,
                                                  @Valid @RequestBody PaymentPlanRequest plan) {
    CaseSummary summary = visibleDecision(decisionNo);
    if (!currentUser.get().hasRole(Roles.CASE_HANDLERS)) {
      throw new AccessDeniedException("只有承办人可以登记延期或者分期缴纳的申请");
    }
    PaymentPlanKind kind = Coded.find(PaymentPlanKind.class, plan.kind())
        .orElseThrow(() -> new InvalidInputException("申请事项的取值无效：" + plan.kind()));
    String id = plans.apply(summary, decisionNo, kind, plan.reason().trim(), plan.instalments(), today());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("decisionNo", decisionNo, "processInstanceId", id));
  }

  /** Another district's decision is a decision that does not exist: the refusal names no case. */
  private CaseSummary visibleDecision(String decisionNo) {
    String caseNo = cases.caseOf(decisionNo);
    try {
      return caseAccess.visible(caseNo);
    } catch (NotFoundException hidden) {
      throw PenaltyCases.unknownDecision(decisionNo);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static LocalDate today() {
    return BureauTime.today();
  }

  record PartyWithPayments(@JsonUnwrapped PartyView party, PenaltyDue due) {

    @JsonProperty
    String kindName() {
      return party.kind().chineseName();
    }

    @JsonProperty
    String statusName() {
      return party.status().chineseName();
    }
  }

  /** What is preserved (items, quantity, where kept) and why the evidence may be lost or hard to obtain later. */
  record PreservationRequest(@NotBlank(message = "请填写先行登记保存的物品") @Size(max = 4000, message = "不能超过4000字") String items,
                             @NotBlank(message = "请填写先行登记保存的理由") @Size(max = 2000, message = "不能超过2000字") String reason) {
  }

  /** The offence suspected, why (the facts that meet its threshold), and whether the unit itself is suspected. */
  record TransferRequest(@NotBlank(message = "请填写涉嫌罪名") @Size(max = 200, message = "不能超过200字") String offence,
                         @NotBlank(message = "请填写涉嫌犯罪的理由") @Size(max = 2000, message = "不能超过2000字") String reason,
                         Boolean unitSuspected) {
  }

  /** A 行政复议 ({@code RECONSIDERATION}) or 行政诉讼 ({@code LITIGATION}): when, before whom, its case number. */
  record RemedyRequest(@NotBlank(message = "请选择救济途径") String kind,
                       @NotNull(message = "请填写申请或者起诉日期") LocalDate filedOn,
                       @NotBlank(message = "请填写复议机关或者人民法院") @Size(max = 100, message = "不能超过100字") String authority,
                       @Size(max = 100, message = "不能超过100字") String reference) {
  }

  /** {@code DEFERRAL} (one instalment) or {@code INSTALMENTS}, the party's reason, the days and amounts. */
  record PaymentPlanRequest(@NotBlank(message = "请选择申请事项") String kind,
                            @NotBlank(message = "请填写申请理由") @Size(max = 2000, message = "不能超过2000字") String reason,
                            @NotEmpty(message = "请填写缴款计划") @Size(max = 24, message = "最多24期") List<Instalment> instalments) {
  }

  record PenaltyCaseView(@JsonUnwrapped CaseSummary summary, List<PartyWithPayments> parties) {
  }
}
