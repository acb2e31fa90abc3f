package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.DocumentNumbers;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties of dual-penalty cases: registered with the case, decided one by one (each its own decision number
 * 沪X应急罚〔年〕N号), served, paid or enforced. Every step is written to the case's full-process record. BPMN
 * expressions reach it as {@code penaltyCases}.
 */
@Service("penaltyCases")
@Transactional
public class PenaltyCases {

  /** The document kind character of an administrative penalty decision (行政处罚决定书). */
  static final String DECISION_DOCUMENT_KIND = "罚";

  private final PenaltyPartyRepository parties;
  private final PenaltyPaymentRepository payments;
  private final CaseFile caseFile;
  private final CaseRecords caseRecords;
  private final DocumentNumbers documentNumbers;
  private final PaymentTerms terms;
  private final LatePaymentSurcharge surcharge;
  private final PenaltyInstalmentRepository instalments;

  PenaltyCases(PenaltyPartyRepository parties, PenaltyPaymentRepository payments, CaseFile caseFile,
               CaseRecords caseRecords, DocumentNumbers documentNumbers, PaymentTerms terms,
               LatePaymentSurcharge surcharge, PenaltyInstalmentRepository instalments) {
    this.parties = parties;
    this.payments = payments;
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
    this.documentNumbers = documentNumbers;
    this.terms = terms;
    this.surcharge = surcharge;
    this.instalments = instalments;
  }

  public void register(String caseNo, List<Party> list) {
    int no = 1;
    for (Party party : list) {
      parties.save(new PenaltyParty(caseNo, no++, party));
    }
  }

  @Transactional(readOnly = true)
  public List<Long> partyIds(String caseNo) {
    return parties.findByCaseNoOrderByPartyNoAsc(caseNo).stream().map(PenaltyParty::id).toList();
  }

  /**
   * Whether every party has its decision (a penalty or none): the decision period's reminder and deadline then have
   * nothing left to urge, although parties may still be in service or collection.
   */
  @Transactional(readOnly = true)
  public boolean allDecided(String caseNo) {
    return parties.findByCaseNoOrderByPartyNoAsc(caseNo).stream().noneMatch(p -> p.status() == PartyStatus.REGISTERED);
  }

  @Transactional(readOnly = true)
  public PartyView party(Long id) {
    return byId(id).view();
  }

  /**
   * The party a step of a case acts on, checked to be a party of that case: a process never acts on another case's
   * party, whatever its variables say.
   */
  @Transactional(readOnly = true)
  public Long partyOfCase(Object partyId, String caseNo) {
    if (!(partyId instanceof Long id) || caseNo == null || !caseNo.equals(byId(id).caseNo())) {
      throw new IllegalStateException("party " + partyId + " is not a party of case " + caseNo);
    }
    return id;
  }

  @Transactional(readOnly = true)
  public List<PartyView> parties(String caseNo) {
    return parties.findByCaseNoOrderByPartyNoAsc(caseNo).stream().map(PenaltyParty::view).toList();
  }

  /** Issues the party's decision under the next decision number of the district and year; returns the number. */
  public String decide(Long partyId, long fineYuan, Long fineMinYuan, Long fineMaxYuan, District district,
                       LocalDate on, RecordEntry recordTemplate) {
    PenaltyParty party = byId(partyId);
    if (party.status() != PartyStatus.REGISTERED) {
      throw new ConflictException("该当事人已作出决定：" + party.name());
    }
    String decisionNo = documentNumbers.next(district, DECISION_DOCUMENT_KIND, on.getYear());
    party.decide(fineYuan, fineMinYuan, fineMaxYuan, decisionNo, on);
    caseFile.recordFineDecided(party.caseNo(), fineYuan, party.kind() != PartyKind.UNIT);
    Map<String, Object> details = new LinkedHashMap<>(recordTemplate.details());
    details.put("decisionNo", decisionNo);
    details.put("party", party.name());
    details.put("partyKind", party.kind().name());
    details.put("fineYuan", fineYuan);
    caseRecords.append(party.caseNo(), withDetails(recordTemplate, RecordKind.DECISION, decisionNo, details));
    return decisionNo;
  }

  public void notPenalised(Long partyId, RecordEntry recordTemplate) {
    PenaltyParty party = byId(partyId);
    party.notPenalised(recordTemplate.occurredAt());
    Map<String, Object> details = new LinkedHashMap<>(recordTemplate.details());
    details.put("party", party.name());
    details.put("partyKind", party.kind().name());
    caseRecords.append(party.caseNo(), withDetails(recordTemplate, RecordKind.DECISION,
        PartyStatus.NOT_PENALISED.code(), details).withOutcomeName(PartyStatus.NOT_PENALISED.chineseName()));
  }

  /**
   * 行政复议 or 行政诉讼 changed the decision's fine: the party owes the new one (and any surcharge on it), the ledger
   * counts it. Returns the fine before.
   */
  public long changeFine(String decisionNo, long fineYuan) {
    PenaltyParty party = parties.lockByDecisionNo(decisionNo).orElseThrow(() -> unknownDecision(decisionNo));
    long before = party.fineYuan();
    party.changeFine(fineYuan);
    caseFile.adjustFineDecided(party.caseNo(), fineYuan - before);
    return before;
  }

  /** … or revoked it: the ledger no longer counts its fine; ending the party's enforcement concludes it. */
  public void revoked(String decisionNo) {
    PenaltyParty party = parties.lockByDecisionNo(decisionNo).orElseThrow(() -> unknownDecision(decisionNo));
    caseFile.adjustFineDecided(party.caseNo(), -party.fineYuan());
  }

  /**
   * 安全生产法 art. 113: how many decisions against the unit of this party, in penalty cases taken up from a major
   * hazard, were made in the days up to this party's decision (inclusive); 0 for a person.
   */
  @Transactional(readOnly = true)
  public long majorHazardDecisionsWithin(Long partyId, java.time.Period period) {
    PenaltyParty party = byId(partyId);
    PartyView view = party.view();
    if (view.kind() != PartyKind.UNIT || view.uscc() == null || view.decidedOn() == null) {
      return 0;
    }
    return parties.countMajorHazardDecisions(view.uscc(), view.decidedOn().minus(period), view.decidedOn());
  }

  /** The party a decision was issued to. */
  @Transactional(readOnly = true)
  public PartyView partyOfDecision(String decisionNo) {
    return parties.findByDecisionNo(decisionNo).map(PenaltyParty::view).orElseThrow(() -> unknownDecision(decisionNo));
  }

  /**
   * 延期或者分期缴纳 (行政处罚法 art. 66) the leaders approved: the instalments, due in order, are what the party owes
   * from now on; the surcharge follows them. 409 unless the decision was served and is not concluded, or once a plan
   * was adopted; 400 unless the instalments add up to what is outstanding.
   */
  public void adoptPlan(String decisionNo, List<Instalment> plan, RecordEntry recordTemplate) {
    PenaltyParty party = parties.lockByDecisionNo(decisionNo).orElseThrow(() -> unknownDecision(decisionNo));
    checkPlanAllowed(party);
    long outstanding = party.fineYuan() - paid(party);
    if (plan.stream().mapToLong(Instalment::amountYuan).sum() != outstanding) {
      throw new InvalidInputException("缴款计划的金额合计须等于尚未缴纳的罚款" + outstanding + "元");
    }
    int seq = 1;
    for (Instalment instalment : plan) {
      instalments.save(new PenaltyInstalment(party.id(), seq++, instalment));
    }
    Map<String, Object> details = new LinkedHashMap<>(recordTemplate.details());
    details.put("decisionNo", decisionNo);
    details.put("instalments", plan.stream().map(i -> i.dueOn() + "：" + i.amountYuan() + "元").toList());
    caseRecords.append(party.caseNo(), withDetails(recordTemplate, RecordKind.PAYMENT, "PLAN_ADOPTED", details)
        .withOutcomeName("同意按计划缴纳"));
  }

  /** A plan may still be asked for: served, not concluded, none adopted yet (409 otherwise). */
  @Transactional(readOnly = true)
  public void checkPlanAllowed(String decisionNo) {
    checkPlanAllowed(parties.findByDecisionNo(decisionNo).orElseThrow(() -> unknownDecision(decisionNo)));
  }

  private void checkPlanAllowed(PenaltyParty party) {
    if (party.servedOn() == null || party.status().isConcluded()) {
      throw new ConflictException("处罚决定尚未送达或者已执行完毕，不能延期或者分期缴纳：" + party.view().decisionNo());
    }
    if (!instalments.findByPartyIdOrderBySeqAsc(party.id()).isEmpty()) {
      throw new ConflictException("该处罚决定已批准延期或者分期缴纳：" + party.view().decisionNo());
    }
  }

  /** The approved plan's instalments, in order; empty without one. */
  @Transactional(readOnly = true)
  public List<Instalment> plan(String decisionNo) {
    return parties.findByDecisionNo(decisionNo)
        .map(party -> instalments.findByPartyIdOrderBySeqAsc(party.id()).stream().map(PenaltyInstalment::view)
            .toList())
        .orElseThrow(() -> unknownDecision(decisionNo));
  }

  /** What the party owes on a day: by the statutory period, or by its approved plan. */
  private LatePaymentSurcharge.Due owed(PenaltyParty party, LocalDate on) {
    List<Instalment> plan = instalments.findByPartyIdOrderBySeqAsc(party.id()).stream()
        .map(PenaltyInstalment::view).toList();
    return plan.isEmpty() ? surcharge.on(party.fineYuan(), paid(party), party.servedOn(), on)
        : surcharge.on(party.fineYuan(), paid(party), plan, on);
  }

  /** Days the party has to pay from service (行政处罚法 art. 67: 15 days). */
  public int paymentDays() {
    return terms.paymentDays();
  }

  /** The decision was served on the party; the payment period, computed by the process, ends on {@code paymentDue}. */
  public void served(Long partyId, LocalDate servedOn, LocalDate paymentDue) {
    byId(partyId).served(servedOn, paymentDue);
  }

  public void paymentOverdue(Long partyId) {
    byId(partyId).paymentOverdue();
  }

  public void conclude(Long partyId, PartyStatus conclusion, RecordEntry recordTemplate) {
    PenaltyParty party = byId(partyId);
    party.conclude(conclusion, recordTemplate.occurredAt());
    Map<String, Object> details = new LinkedHashMap<>(recordTemplate.details());
    details.put("party", party.name());
    caseRecords.append(party.caseNo(), withDetails(recordTemplate, RecordKind.ENFORCEMENT, conclusion.code(), details)
        .withOutcomeName(conclusion.chineseName()));
  }

  /**
   * Records a payment; returns what is due after it ({@code totalDueYuan} 0 once settled: the process then
   * concludes the party). Refused while the decision is not served, once the party has
   * concluded, or for more than is due on the day paid.
   */
  public PenaltyDue pay(String decisionNo, long amountYuan, LocalDate paidOn, String receiptNo, String actor,
                        Instant at) {
    PenaltyParty party = parties.lockByDecisionNo(decisionNo)
        .orElseThrow(() -> unknownDecision(decisionNo));
    if (party.servedOn() == null) {
      throw new ConflictException("处罚决定书尚未送达，不能登记缴款：" + decisionNo);
    }
    if (party.status().isConcluded()) {
      throw new ConflictException("该处罚决定已执行完毕（" + party.status().chineseName() + "）：" + decisionNo);
    }
    if (paidOn.isBefore(party.servedOn())) {
      throw new InvalidInputException("缴款日期不能早于送达日期（" + party.servedOn() + "）");
    }
    LatePaymentSurcharge.Due before = owed(party, paidOn);
    if (amountYuan > before.totalDueYuan()) {
      throw new InvalidInputException("缴款金额" + amountYuan + "元超过应缴金额" + before.totalDueYuan() + "元");
    }
    long paidBefore = paid(party);
    payments.save(new PenaltyPayment(party.id(), amountYuan, paidOn, receiptNo, actor, at));
    // Money received counts against the fine first; only what exceeds it is the late-payment surcharge.
    caseFile.recordFineCollected(party.caseNo(),
        Math.min(party.fineYuan(), paidBefore + amountYuan) - Math.min(party.fineYuan(), paidBefore));
    boolean settled = amountYuan == before.totalDueYuan();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("decisionNo", decisionNo);
    details.put("amountYuan", amountYuan);
    details.put("paidOn", paidOn.toString());
    if (receiptNo != null) {
      details.put("receiptNo", receiptNo);
    }
    details.put("surchargeYuan", before.surchargeYuan());
    details.put("settled", settled);
    caseRecords.append(party.caseNo(), new RecordEntry(RecordKind.PAYMENT, at, actor, null,
        "缴款：" + party.name(), null, settled ? "SETTLED" : "PARTIAL", null, details)
        .withOutcomeName(settled ? "已缴清" : "部分缴纳"));
    return due(party, paidOn);
  }

  @Transactional(readOnly = true)
  public PenaltyDue due(String decisionNo, LocalDate on) {
    return due(parties.findByDecisionNo(decisionNo)
        .orElseThrow(() -> unknownDecision(decisionNo)), on);
  }

  /** The case a decision number belongs to, for the web layer's district check. */
  @Transactional(readOnly = true)
  public String caseOf(String decisionNo) {
    return parties.findByDecisionNo(decisionNo).map(PenaltyParty::caseNo)
        .orElseThrow(() -> unknownDecision(decisionNo));
  }

  /**
   * The refusal for a decision number that does not exist — and for one of a case the caller may not see, which must
   * read the same and name nothing but the number typed.
   */
  public static NotFoundException unknownDecision(String decisionNo) {
    return new NotFoundException("未找到处罚决定：" + decisionNo);
  }

  private PenaltyDue due(PenaltyParty party, LocalDate on) {
    PartyView view = party.view();
    long paid = paid(party);
    List<PaymentView> list = payments.findByPartyIdOrderByIdAsc(party.id()).stream().map(PenaltyPayment::view).toList();
    if (party.servedOn() == null || party.status() == PartyStatus.PAID) {
      return new PenaltyDue(view.decisionNo(), view.caseNo(), view.name(), view.kind(), view.fineYuan(),
          view.servedOn(), on, view.paymentDueOn(), null, null, paid, party.status() == PartyStatus.PAID ? 0L : null,
          party.status() == PartyStatus.PAID ? 0L : null, view.status(), list);
    }
    LatePaymentSurcharge.Due due = owed(party, on.isBefore(party.servedOn()) ? party.servedOn() : on);
    return new PenaltyDue(view.decisionNo(), view.caseNo(), view.name(), view.kind(), view.fineYuan(),
        view.servedOn(), on, due.dueDate(), due.overdueDays(), due.surchargeYuan(), paid, due.outstandingYuan(),
        due.totalDueYuan(), view.status(), list);
  }

  private long paid(PenaltyParty party) {
    return payments.findByPartyIdOrderByIdAsc(party.id()).stream().mapToLong(PenaltyPayment::amountYuan).sum();
  }

  private PenaltyParty byId(Long id) {
    return parties.findById(id).orElseThrow(() -> new NotFoundException("未找到当事人：" + id));
  }

  private static RecordEntry withDetails(RecordEntry template, RecordKind kind, String outcome,
                                         Map<String, Object> details) {
    return new RecordEntry(kind, template.occurredAt(), template.actor(), template.activityId(),
        template.activityName(), template.processInstanceId(), outcome, template.opinion(), details);
  }
}
