package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.documents.ChineseWriting.text;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.documents.CaseSteps;
import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.documents.DocumentDraft;
import cn.sh.emergency.supervision.documents.DocumentRequest;
import cn.sh.emergency.supervision.documents.DocumentSource;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.OfficialDocument;
import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.legalreview.LegalReviewDocuments;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.UserIds;
import cn.sh.emergency.supervision.shared.process.ProcessHistory;
import cn.sh.emergency.supervision.shared.process.ProcessHistory.Scope;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The penalty case's documents. Served on one party each: the notice of the intended penalty (行政处罚告知书), the
 * hearing notice (听证告知书) where the party has the right, the decision (行政处罚决定书, under the number it was
 * given when decided) and the legal review opinion of the party's decision; for the case: the closure approval
 * form (结案审批表) once the leaders approved the closure. The notice and the decision name the investigating officers
 * with their enforcement certificate numbers as they were when the case was proposed (行政处罚法 art. 42).
 */
@Component
class PenaltyDocuments implements DocumentSource {

  /** The article a no-penalty decision of the collective discussion rests on, where no circumstance was named. */
  private static final String NO_PENALTY_ARTICLE = "第五十七条第一款";

  /** Documents of the whole case rather than of one party. */
  private static final Set<DocumentType> CASE_DOCUMENTS = Set.of(DocumentType.CLOSURE_APPROVAL,
      DocumentType.REGISTRATION_APPROVAL, DocumentType.CRIME_TRANSFER);

  private final PenaltyCases cases;
  private final ProcessHistory history;
  private final CaseRecords caseRecords;
  private final LegalReviewDocuments legalReviews;
  private final PenaltyTimeLimits limits;
  private final UserNames names;
  private final Deadline deadline;
  private final EnforcementCertificates certificates;

  PenaltyDocuments(PenaltyCases cases, ProcessHistory history, CaseRecords caseRecords,
                   LegalReviewDocuments legalReviews, PenaltyTimeLimits limits, UserNames names, Deadline deadline, EnforcementCertificates certificates) {
    this.cases = cases;
    this.history = history;
    this.caseRecords = caseRecords;
    this.legalReviews = legalReviews;
    this.limits = limits;
    this.names = names;
    this.deadline = deadline;
    this.certificates = certificates;
  }

  @Override
  public CaseType caseType() {
    return CaseType.PN;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.PENALTY_NOTICE, DocumentType.HEARING_NOTICE, DocumentType.PENALTY_DECISION,
        DocumentType.NO_PENALTY_DECISION, DocumentType.LEGAL_REVIEW_OPINION, DocumentType.CLOSURE_APPROVAL,
        DocumentType.REGISTRATION_APPROVAL, DocumentType.PAYMENT_DEMAND, DocumentType.COLLECTIVE_DISCUSSION,
        DocumentType.COURT_ENFORCEMENT, DocumentType.HEARING_MINUTES, DocumentType.SERVICE_RECEIPT,
        DocumentType.CASE_HANDLING_APPROVAL, DocumentType.CRIME_TRANSFER, DocumentType.ON_THE_SPOT_DECISION);
  }

  /** Every document but the registration and closure approvals and the transfer is served on one party: one each. */
  @Override
  public List<Integer> parties(DocumentType type, CaseSummary summary) {
    return CASE_DOCUMENTS.contains(type) ? List.of()
        : cases.parties(summary.caseNo()).stream().map(PartyView::partyNo).toList();
  }

  @Override
  public DocumentDraft draft(DocumentRequest request) {
    Map<String, Object> caseVars = history.variables(request.processInstanceId());
    if (request.type() == DocumentType.CLOSURE_APPROVAL) {
      return closure(request, caseVars);
    }
    if (request.type() == DocumentType.REGISTRATION_APPROVAL) {
      return registration(request, caseVars);
    }
    if (request.type() == DocumentType.CRIME_TRANSFER) {
      return DocumentDraft.of(crimeTransfer(request, caseVars));
    }
    PartyView party = party(request);
    if (request.type() == DocumentType.ON_THE_SPOT_DECISION) {
      return new DocumentDraft(DocumentDraft.party(party.partyNo()), decisionNo(request, party),
          onTheSpot(request, caseVars, party));
    }
    if (request.type() == DocumentType.PAYMENT_DEMAND) {
      return new DocumentDraft(DocumentDraft.party(party.partyNo()), null, demand(request, party));
    }
    // Cases begun before each party's sub-process knew its party's number are matched by name and kind.
    Scope scope = history.scope(request.processInstanceId(), DualPenaltyProcess.SUB_PROCESS_PARTY_DECISION,
            locals -> locals.get(Var.PARTY_NO) != null ? Integer.valueOf(party.partyNo()).equals(locals.get(Var.PARTY_NO))
                : party.name().equals(locals.get(Var.PARTY_NAME))
                  && party.kind().name().equals(String.valueOf(locals.get(Var.PARTY_KIND))))
        .orElseThrow(() -> notYet(request, "尚未进入对该当事人的处罚决定程序"));
    Map<String, Object> partyVars = scope.variables();
    String subject = DocumentDraft.party(party.partyNo());
    switch (request.type()) {
      case PENALTY_NOTICE:
        return new DocumentDraft(subject, null, notice(request, caseVars, partyVars, party, scope));
      case HEARING_NOTICE:
        return new DocumentDraft(subject, null, hearingNotice(request, caseVars, partyVars, party, scope));
      case PENALTY_DECISION:
        return new DocumentDraft(subject, decisionNo(request, party), decision(request, caseVars, partyVars, party));
      case NO_PENALTY_DECISION:
        return new DocumentDraft(subject, null, noPenaltyDecision(request, caseVars, partyVars, party));
      case COLLECTIVE_DISCUSSION:
        return new DocumentDraft(subject, null, discussion(request, partyVars, party, scope));
      case COURT_ENFORCEMENT:
        return new DocumentDraft(subject, null, courtEnforcement(request, caseVars, party));
      case HEARING_MINUTES:
        return new DocumentDraft(subject, null, hearingMinutes(request, partyVars, party));
      case SERVICE_RECEIPT:
        return new DocumentDraft(subject, null, serviceReceipt(request, party));
      case CASE_HANDLING_APPROVAL:
        return new DocumentDraft(subject, null, handlingApproval(request, caseVars, partyVars, party, scope));
      default:
        return legalReview(request, party, scope, subject);
    }
  }

  private OfficialDocument notice(DocumentRequest request, Map<String, Object> caseVars,
                                  Map<String, Object> partyVars, PartyView party, Scope scope) {
    long fine = proposedFine(request, partyVars, scope);
    OfficialDocument.Builder doc = start(request, DocumentType.PENALTY_NOTICE, party, investigators(caseVars))
        .paragraph("经查，你" + you(party) + "存在以下违法行为：" + text(caseVars.get(Var.VIOLATION_FACTS)) + "。")
        .paragraph("依据" + legalBasis(party, caseVars) + "的规定，本机关拟对你" + you(party) + "作出如下行政处罚："
            + ChineseWriting.fine(fine) + "。")
        .paragraph(StatuteTexts.text("penalty.notice.statement-right", you(party), limits.getStatementWorkingDays()));
    if (Boolean.TRUE.equals(partyVars.get(Var.HEARING_RIGHT))) {
      doc.paragraph(StatuteTexts.text("penalty.notice.hearing-right", you(party)));
    }
    return doc.signature("当事人（签收）：____________　　年　　月　　日")
        .note("本文书一式两份：一份交当事人，一份附卷。")
        .sealedOn(request.today());
  }

  private OfficialDocument hearingNotice(DocumentRequest request, Map<String, Object> caseVars,
                                         Map<String, Object> partyVars, PartyView party,
                                         Scope scope) {
    long fine = proposedFine(request, partyVars, scope);
    if (!Boolean.TRUE.equals(partyVars.get(Var.HEARING_RIGHT))) {
      throw new ConflictException("拟作出的处罚不属于当事人有权要求听证的情形，不出具听证告知书：" + party.name());
    }
    return start(request, DocumentType.HEARING_NOTICE, party, List.of())
        .paragraph("经查，你" + you(party) + "存在以下违法行为：" + text(caseVars.get(Var.VIOLATION_FACTS))
            + "。依据" + legalBasis(party, caseVars) + "的规定，本机关拟对你" + you(party) + "作出"
            + ChineseWriting.fine(fine) + "的行政处罚。")
        .paragraph(StatuteTexts.text("penalty.hearing-notice.hearing-right", you(party),
            limits.getStatementWorkingDays()))
        .signature("当事人（签收）：____________　　年　　月　　日")
        .note("本文书一式两份：一份交当事人，一份附卷。")
        .sealedOn(request.today());
  }

  private OfficialDocument decision(DocumentRequest request, Map<String, Object> caseVars,
                                    Map<String, Object> partyVars, PartyView party) {
    OfficialDocument.Builder doc = start(request, DocumentType.PENALTY_DECISION, party, investigators(caseVars))
        .field("违法事实", text(caseVars.get(Var.VIOLATION_FACTS)))
        .field("调查情况和证据", text(caseVars.get(Var.INVESTIGATION_REPORT)))
        .field("陈述申辩和听证", response(partyVars))
        .field("法制审核和集体讨论", review(partyVars))
        .paragraph("依据" + legalBasis(party, caseVars) + "的规定，本机关决定对你" + you(party) + "作出如下行政处罚："
            + ChineseWriting.fine(party.fineYuan()) + "。");
    if (partyVars.get(Var.DAILY_PENALTY_DAYS) instanceof Number days) {
      // 按日连续处罚 (安全生产法 art. 112): how the amount was counted.
      doc.paragraph(StatuteTexts.text("penalty.decision.daily", you(party), text(partyVars.get(Var.ORIGINAL_DECISION_NO)),
          ChineseWriting.date(deadline.dayOf(partyVars.get(Var.CORRECTION_ORDERED_ON))),
          ChineseWriting.date(deadline.dayOf(partyVars.get(Var.REFUSAL_FOUND_ON))),
          ChineseWriting.amount(((Number) partyVars.get(Var.ORIGINAL_FINE_YUAN)).longValue()), days.longValue()));
    }
    doc.field("履行方式和期限", StatuteTexts.text("penalty.decision.payment"))
        .paragraph(ChineseWriting.remedies(District.of(request.summary().district()), "本决定"))
        .note("本文书一式两份：一份交当事人，一份附卷。");
    return doc.sealedOn(party.decidedOn());
  }

  /**
   * 不予行政处罚决定书 (行政处罚法 arts. 33, 57): the facts, the investigation, the circumstance and its evidence as the
   * proposal named them, the article it rests on, and the party's remedies; dated the day the leaders decided.
   */
  private OfficialDocument noPenaltyDecision(DocumentRequest request, Map<String, Object> caseVars,
                                             Map<String, Object> partyVars, PartyView party) {
    if (party.status() != PartyStatus.NOT_PENALISED) {
      throw notYet(request, "未对该当事人作出不予行政处罚决定");
    }
    Object ground = partyVars.get(Var.MITIGATION_GROUND);
    Object article = partyVars.get(Var.MITIGATION_ARTICLE);
    OfficialDocument.Builder doc = start(request, DocumentType.NO_PENALTY_DECISION, party, investigators(caseVars))
        .field("违法事实", text(caseVars.get(Var.VIOLATION_FACTS)))
        .field("调查情况和证据", text(caseVars.get(Var.INVESTIGATION_REPORT)));
    if (ground != null) {
      doc.field("不予处罚的情形", Coded.nameOf(MitigationGround.class, ground) + "："
          + text(partyVars.get(Var.MITIGATION_FACTS)));
    }
    return doc.field("法制审核和集体讨论", review(partyVars))
        .paragraph(StatuteTexts.text("penalty.no-penalty-decision.basis",
            article == null ? NO_PENALTY_ARTICLE : article, you(party)))
        .paragraph(ChineseWriting.remedies(District.of(request.summary().district()), "本决定"))
        .note("本文书一式两份：一份交当事人，一份附卷。")
        .sealedOn(BureauTime.dayOf(party.concludedAt()));
  }

  /**
   * 集体讨论记录 (行政处罚法 art. 57): the leaders' discussion of one party's decision — when, who took part (by name),
   * what was proposed, the legal review's opinion, the minutes and the conclusion. Ready once the discussion concluded.
   */
  private OfficialDocument discussion(DocumentRequest request, Map<String, Object> partyVars, PartyView party,
                                      Scope scope) {
    Object conclusion = partyVars.get(Var.DISCUSSION_CONCLUSION);
    LocalDate held = history.lastDoneWithin(request.processInstanceId(),
        DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION, scope).map(done -> BureauTime.dayOf(done.endedAt())).orElse(null);
    if (conclusion == null || held == null) {
      throw notYet(request, "对该当事人的处罚尚未经集体讨论");
    }
    String participants = UserIds.parse(partyVars.get(Var.DISCUSSION_PARTICIPANTS)).stream()
        .map(names::of).collect(Collectors.joining("、"));
    List<Row> rows = List.of(
        Row.of("案件编号", request.caseNo(), "讨论日期", ChineseWriting.date(held)),
        Row.of("当事人", party.nameWithKind()),
        Row.of("参加人员", participants),
        Row.of("拟处理意见", proposal(partyVars)),
        Row.of("法制审核意见", text(partyVars.get(Var.LEGAL_REVIEW_OPINION))),
        Row.of("讨论记录", text(partyVars.get(Var.DISCUSSION_MINUTES))),
        Row.of("讨论结论", Coded.nameOf(DiscussionConclusion.class, conclusion)));
    return form(request, DocumentType.COLLECTIVE_DISCUSSION)
        .table(rows)
        .signature("参加人员（签名）：____________　　记录人：____________")
        .note("本记录附卷存档。")
        .sealedOn(held);
  }

  /**
   * 强制执行申请书 (行政强制法 arts. 53–55): to the court, once the demand went unanswered and the litigation period has
   * ended — the party, the decision and its service, the demand and its service, what is owed on the day of issue,
   * and the papers attached. Ready once 申请法院强制执行 is recorded with the court's name.
   */
  private OfficialDocument courtEnforcement(DocumentRequest request, Map<String, Object> caseVars, PartyView party) {
    if (party.status() != PartyStatus.COURT_ENFORCEMENT) {
      throw notYet(request, "尚未登记对该当事人申请法院强制执行");
    }
    PenaltyDue due = cases.due(party.decisionNo(), request.today());
    Map<String, Object> enforcement = enforcement(request, party);
    LocalDate demandServed = deadline.dayOrNull(enforcement.get(Var.DEMAND_SERVED_ON));
    String court = text(enforcement.get(Var.COURT_NAME));
    return start(request, DocumentType.COURT_ENFORCEMENT, party, List.of())
        .addressee(court.isEmpty() ? "____________人民法院" : court)
        .field("违法事实", text(caseVars.get(Var.VIOLATION_FACTS)))
        .paragraph("本机关于" + ChineseWriting.date(party.decidedOn()) + "作出" + party.decisionNo() + "行政处罚决定书，对被申请人"
            + party.name() + "处以" + ChineseWriting.fine(party.fineYuan()) + "，该决定书已于"
            + ChineseWriting.date(party.servedOn()) + "送达。被申请人在法定期限内未申请行政复议、未提起行政诉讼，又不履行"
            + (demandServed == null ? "。" : "；本机关于" + ChineseWriting.date(demandServed) + "送达催告书，被申请人逾期仍未履行。"))
        .paragraph(StatuteTexts.text("penalty.court-enforcement.request",
            ChineseWriting.amount(party.fineYuan()), ChineseWriting.amount(nonNull(due.surchargeYuan())),
            ChineseWriting.amount(nonNull(due.totalDueYuan())), ChineseWriting.date(request.today())))
        .field("附件", "行政处罚决定书及送达回证；催告书及送达回证；当事人的意见及本机关的复核意见；申请强制执行标的情况")
        .note("本文书一式三份：一份送人民法院，一份交被申请人，一份附卷。")
        .sealedOn(request.today());
  }

  /**
   * 听证笔录 (行政处罚法 art. 64 (8)): the hearing of one party — when, where, the host (who neither handles nor
   * investigated the case), the record's points and the hearing's opinion, with the lines the party signs. Ready once
   * the hearing was held.
   */
  private OfficialDocument hearingMinutes(DocumentRequest request, Map<String, Object> partyVars, PartyView party) {
    Object minutes = partyVars.get(Var.HEARING_MINUTES);
    LocalDate held = deadline.dayOrNull(partyVars.get(Var.HEARING_DATE));
    if (minutes == null || held == null) {
      throw notYet(request, "尚未对该当事人举行听证");
    }
    return form(request, DocumentType.HEARING_MINUTES)
        .table(List.of(
            Row.of("案件编号", request.caseNo(), "听证日期", ChineseWriting.date(held)),
            Row.of("听证地点", text(partyVars.get(Var.HEARING_LOCATION))),
            Row.of("当事人", party.nameWithKind()),
            Row.of("听证主持人", names.of(text(partyVars.get(Var.HEARING_HOST)))),
            Row.of("听证笔录要点", text(minutes)),
            Row.of("听证意见", Coded.nameOf(HearingConclusion.class, partyVars.get(Var.HEARING_CONCLUSION)))))
        .signature("当事人（签名）：____________　　听证主持人（签名）：____________　　记录人（签名）：____________")
        .note("本笔录经当事人核对无误后签名或者盖章（行政处罚法第六十四条第（八）项），附卷存档。")
        .sealedOn(held);
  }

  /**
   * 送达回执: the service of the party's 行政处罚决定书 — the document and its number, whom, when and how it was served,
   * with the lines the recipient and the officers sign. Ready once the decision was served.
   */
  private OfficialDocument serviceReceipt(DocumentRequest request, PartyView party) {
    if (party.decisionNo() == null || party.servedOn() == null) {
      throw notYet(request, "对该当事人的处罚决定书尚未送达");
    }
    Object method = enforcement(request, party).get(Var.SERVICE_METHOD);
    return form(request, DocumentType.SERVICE_RECEIPT)
        .table(List.of(
            Row.of("送达文书", DocumentType.PENALTY_DECISION.title() + "（" + party.decisionNo() + "）"),
            Row.of("受送达人", party.nameWithKind()),
            Row.of("送达日期", ChineseWriting.date(party.servedOn()), "送达方式",
                Coded.nameOf(ServiceMethod.class, method)),
            Row.of("案件编号", request.caseNo())))
        .signature("受送达人（签收）：____________　　送达人：____________、____________")
        .note("本回执附卷存档。")
        .sealedOn(party.servedOn());
  }

  /**
   * 案件处理呈批表: one party's proposed decision as the leaders approved it — facts, investigation, treatment and its
   * circumstance, the proposal, the article, the party's statement or hearing, the legal review and the discussion,
   * the handler who proposed it and the leader who approved it, with their opinions and days. Ready once the leaders
   * approved the party's decision (作出处罚决定).
   */
  private OfficialDocument handlingApproval(DocumentRequest request, Map<String, Object> caseVars,
                                            Map<String, Object> partyVars, PartyView party, Scope scope) {
    List<RecordView> records = caseRecords.of(request.caseNo());
    ProcessHistory.TaskDone approval = history.lastDoneWithin(request.processInstanceId(),
        DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, scope).orElse(null);
    RecordView approved = approval == null ? null : recordOf(records, approval)
        .filter(record -> Code.APPROVED.equals(record.outcome())).orElse(null);
    if (approved == null) {
      throw notYet(request, "对该当事人的处理决定尚未经负责人批准");
    }
    Optional<ProcessHistory.TaskDone> proposed = history.lastDoneWithin(request.processInstanceId(),
        DualPenaltyProcess.USER_TASK_PROPOSE_FINE, scope);
    Object ground = partyVars.get(Var.MITIGATION_GROUND);
    List<Row> rows = new ArrayList<>(List.of(
        Row.of("案件编号", request.caseNo(), "当事人", party.nameWithKind()),
        Row.of("违法事实", text(caseVars.get(Var.VIOLATION_FACTS))),
        Row.of("调查情况", text(caseVars.get(Var.INVESTIGATION_REPORT))),
        Row.of("处理方式", Coded.nameOf(PenaltyTreatment.class, Objects.requireNonNullElse(
            partyVars.get(Var.TREATMENT), PenaltyTreatment.STANDARD.code()))
            + (ground == null ? "" : "（" + Coded.nameOf(MitigationGround.class, ground) + "）")),
        Row.of("拟处理意见", proposal(partyVars)),
        Row.of("法律依据", legalBasis(party, caseVars)),
        Row.of("陈述申辩和听证", response(partyVars)),
        Row.of("法制审核和集体讨论", review(partyVars))));
    proposed.ifPresent(done -> rows.add(Row.of("承办人", names.of(done.assignee()), "承办日期",
        ChineseWriting.date(BureauTime.dayOf(done.endedAt())))));
    rows.add(Row.of("审批人", names.of(approval.assignee()), "审批意见",
        text(approved.opinion()) + "（" + ChineseWriting.date(BureauTime.dayOf(approval.endedAt())) + "）"));
    return form(request, DocumentType.CASE_HANDLING_APPROVAL)
        .table(rows)
        .note("本表附卷存档。")
        .sealedOn(BureauTime.dayOf(approval.endedAt()));
  }

  /** The full-process record of a completed task (its details name the task). */
  private static Optional<RecordView> recordOf(List<RecordView> records, ProcessHistory.TaskDone done) {
    String task = "\"taskId\":\"" + done.taskId() + "\"";
    return records.stream()
        .filter(r -> "TASK_COMPLETED".equals(r.kind()) && r.details() != null && r.details().contains(task))
        .reduce((first, last) -> last);
  }

  /** The party's own article; cases begun before each party had one cite the case's. */
  private static String legalBasis(PartyView party, Map<String, Object> caseVars) {
    return party.legalBasis() != null ? party.legalBasis() : text(caseVars.get(Var.LEGAL_BASIS));
  }

  private DocumentDraft legalReview(DocumentRequest request, PartyView party, Scope scope,
                                    String subject) {
    String review = history.calledWithin(request.processInstanceId(), DualPenaltyProcess.CALL_ACTIVITY_LEGAL_REVIEW,
            scope)
        .orElseThrow(() -> notYet(request, "该当事人的处罚决定未经法制审核"));
    return legalReviews.opinion(request, review, subject + "-", party.nameWithKind());
  }

  /**
   * 立案审批表: the case as proposed — facts, the day of the violation, the parties, the article, the investigators —
   * and the leaders' approval with its opinion and day. Ready once 立案审批 approved it.
   */
  private DocumentDraft registration(DocumentRequest request, Map<String, Object> caseVars) {
    CaseSteps steps = CaseSteps.of(caseRecords.of(request.caseNo()), BureauTime.ZONE);
    RecordView approved = steps.last(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, Code.APPROVED)
        .orElseThrow(() -> notYet(request, "立案尚未经负责人批准"));
    List<Row> rows = new ArrayList<>(List.of(
        Row.of("案件编号", request.caseNo(), "违法行为发生日期", text(caseVars.get(Var.VIOLATION_ON))),
        Row.of("案由", text(caseVars.get(Var.VIOLATION_FACTS))),
        Row.of("当事人", cases.parties(request.caseNo()).stream()
            .map(p -> p.nameWithKind()).collect(Collectors.joining("；"))),
        Row.of("法律依据", text(caseVars.get(Var.LEGAL_BASIS)))));
    for (EnforcementOfficer officer : investigators(caseVars)) {
      rows.add(Row.of("调查人员", officer.name(), "执法证号", officer.certificateNo()));
    }
    rows.add(Row.of("承办人", names.of(text(caseVars.get(Var.HANDLER))), "承办意见", "建议立案调查"));
    rows.add(Row.of("审批人", names.of(approved.actor()), "审批意见",
        text(approved.opinion()) + "（" + ChineseWriting.date(steps.dayOf(approved)) + "）"));
    return DocumentDraft.of(form(request, DocumentType.REGISTRATION_APPROVAL)
        .table(rows)
        .note("本表附卷存档。")
        .sealedOn(steps.dayOf(approved)));
  }

  /**
   * 涉嫌犯罪案件移送书 (国务院令第310号 arts. 5, 6): to the public security organ, the case, the suspected offence and the
   * threshold it meets, the suspects, the facts as verified, the documents attached; dated the day of the transfer.
   * Ready once the case's latest transfer has gone to the organ.
   */
  private OfficialDocument crimeTransfer(DocumentRequest request, Map<String, Object> caseVars) {
    Map<String, Object> transfer = history.latestInstance(CrimeTransferProcess.PROCESS_KEY, request.caseNo())
        .map(history::variables).orElseGet(Map::of);
    Object transferredOn = transfer.get(CrimeTransferProcess.Var.TRANSFERRED_ON);
    if (transferredOn == null) {
      throw notYet(request, "案件尚未移送公安机关");
    }
    List<String> attached = new ArrayList<>(List.of("涉嫌犯罪案件情况的调查报告", "涉案物品清单"));
    if (Boolean.TRUE.equals(transfer.get(CrimeTransferProcess.Var.APPRAISAL_ATTACHED))) {
      attached.add("有关检验报告或者鉴定结论");
    }
    Object other = transfer.get(CrimeTransferProcess.Var.OTHER_MATERIALS);
    if (other != null && !other.toString().isBlank()) {
      attached.add(other.toString().trim());
    }
    return form(request, DocumentType.CRIME_TRANSFER)
        .addressee(text(transfer.get(CrimeTransferProcess.Var.POLICE_ORGAN)) + "：")
        .paragraph("本机关在办理" + request.summary().enterpriseName() + "安全生产违法案件（案件编号" + request.caseNo()
            + "）中，发现" + text(transfer.get(CrimeTransferProcess.Var.SUSPECTS)) + "涉嫌"
            + text(transfer.get(CrimeTransferProcess.Var.SUSPECTED_OFFENCE)) + "："
            + text(transfer.get(CrimeTransferProcess.Var.CRIME_THRESHOLD)) + "。")
        .field("违法事实", text(caseVars.get(Var.VIOLATION_FACTS)))
        .field("核实的情况", text(transfer.get(CrimeTransferProcess.Var.TRANSFER_REPORT)))
        .paragraph(StatuteTexts.text("penalty.crime-transfer.request"))
        .field("附件", String.join("；", attached))
        .note("本文书一式三份：一份送受移送机关，一份抄送同级人民检察院，一份附卷。")
        .sealedOn(deadline.dayOf(transferredOn));
  }

  /**
   * 当场行政处罚决定书 (行政处罚法 art. 52): the party, the violation, the penalty with its kind, basis and amount, the
   * time and place, the party's statement, how to pay, the remedies, the officers with their certificate numbers,
   * and, where the party refused to sign, that it did. Only for a case decided on the spot.
   */
  private OfficialDocument onTheSpot(DocumentRequest request, Map<String, Object> caseVars, PartyView party) {
    Object penalty = caseVars.get(OnTheSpotProcess.Var.SUMMARY_PENALTY);
    if (penalty == null) {
      throw new ConflictException("本案不是当场作出的行政处罚，不出具" + request.type().title() + "：" + request.caseNo());
    }
    boolean fine = SummaryPenalty.FINE.code().equals(penalty);
    String statement = text(caseVars.get(OnTheSpotProcess.Var.PARTY_STATEMENT));
    OfficialDocument.Builder doc = start(request, DocumentType.ON_THE_SPOT_DECISION, party, investigators(caseVars))
        .field("违法事实", text(caseVars.get(Var.VIOLATION_FACTS)))
        .field("陈述、申辩", statement.isEmpty() ? "当事人未提出陈述、申辩。" : statement)
        .paragraph("依据" + text(caseVars.get(Var.LEGAL_BASIS)) + "的规定，本机关决定对你" + you(party) + "作出如下行政处罚："
            + (fine ? ChineseWriting.fine(party.fineYuan()) : SummaryPenalty.WARNING.chineseName()) + "。")
        .field("时间", ChineseWriting.date(party.decidedOn()))
        .field("地点", text(caseVars.get(OnTheSpotProcess.Var.DECISION_PLACE)));
    if (fine) {
      doc.field("履行方式和期限", StatuteTexts.text("penalty.decision.payment"));
    }
    doc.paragraph(ChineseWriting.remedies(District.of(request.summary().district()), "本决定"))
        .signature("执法人员（签名）：____________　____________");
    doc.signature(Boolean.TRUE.equals(caseVars.get(OnTheSpotProcess.Var.PARTY_REFUSED_TO_SIGN))
        ? "当事人拒绝签收。（执法人员注明）" : "当事人（签收）：____________　　年　　月　　日");
    return doc.note("本决定书当场交付当事人，并报本机关备案（行政处罚法第五十二条）。").sealedOn(party.decidedOn());
  }

  /**
   * 罚款催缴通知书 (行政强制法 arts. 35, 54; 行政处罚法 art. 72): to a party that has not paid in time — the decision, the
   * fine and the surcharge accrued to today, ten working days to pay the whole, the right to state its case, and
   * court enforcement after. Ready once the party is overdue.
   */
  private OfficialDocument demand(DocumentRequest request, PartyView party) {
    if (party.decisionNo() == null || party.status() != PartyStatus.OVERDUE) {
      throw notYet(request, "该当事人未逾期缴纳罚款");
    }
    PenaltyDue due = cases.due(party.decisionNo(), request.today());
    return start(request, DocumentType.PAYMENT_DEMAND, party, List.of())
        .paragraph("本机关于" + ChineseWriting.date(party.decidedOn()) + "作出" + party.decisionNo() + "行政处罚决定书，对你"
            + you(party) + "处以" + ChineseWriting.fine(party.fineYuan()) + "，该决定书已于"
            + ChineseWriting.date(party.servedOn()) + "送达。你" + you(party) + "未在规定期限（"
            + ChineseWriting.date(party.paymentDueOn()) + "前）缴纳罚款。")
        .paragraph(StatuteTexts.text("penalty.demand.surcharge", ChineseWriting.date(request.today()),
            ChineseWriting.amount(nonNull(due.surchargeYuan())), ChineseWriting.amount(nonNull(due.totalDueYuan())),
            you(party)))
        .paragraph(StatuteTexts.text("penalty.demand.rights", you(party)))
        .signature("当事人（签收）：____________　　年　　月　　日")
        .note("本文书一式两份：一份交当事人，一份附卷。")
        .sealedOn(request.today());
  }

  private static long nonNull(Long yuan) {
    return yuan == null ? 0 : yuan;
  }

  /** A document of the case's district bureau, headed with the type's title. */
  private static OfficialDocument.Builder form(DocumentRequest request, DocumentType type) {
    return OfficialDocument.builder(ChineseWriting.bureau(District.of(request.summary().district())), type.title());
  }

  /** What the party's proposal says, with its fine where there is one. */
  private static String proposal(Map<String, Object> partyVars) {
    Object fine = partyVars.get(Var.PROPOSED_FINE_YUAN);
    return text(partyVars.get(Var.DRAFT_DECISION))
        + (fine instanceof Number n && n.longValue() > 0 ? "（" + ChineseWriting.fine(n.longValue()) + "）" : "");
  }

  /** The variables of the party's service and enforcement (its own scope: service, demand, court). */
  private Map<String, Object> enforcement(DocumentRequest request, PartyView party) {
    return history.scope(request.processInstanceId(), DualPenaltyProcess.SUB_PROCESS_PARTY_ENFORCEMENT,
            locals -> party.decisionNo().equals(locals.get(Var.DECISION_NO)))
        .map(Scope::variables).orElse(Map.of());
  }

  private DocumentDraft closure(DocumentRequest request, Map<String, Object> caseVars) {
    CaseSteps steps = CaseSteps.of(caseRecords.of(request.caseNo()), BureauTime.ZONE);
    RecordView approved = steps.last(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE, Code.APPROVED)
        .orElseThrow(() -> notYet(request, "结案尚未经负责人批准"));
    List<PartyView> parties = cases.parties(request.caseNo());
    LocalDate registered = deadline.dayOrNull(caseVars.get(Var.REGISTERED_AT));
    List<Row> rows = new ArrayList<>(List.of(
        Row.of("案件编号", request.caseNo(), "立案日期", registered == null ? "" : ChineseWriting.date(registered)),
        Row.of("案由", text(caseVars.get(Var.VIOLATION_FACTS))),
        Row.of("当事人", parties.stream().map(p -> p.nameWithKind())
            .collect(Collectors.joining("；"))),
        Row.of("处罚决定", parties.stream().map(PenaltyDocuments::decisionLine).collect(Collectors.joining("；"))),
        Row.of("执行情况", parties.stream().map(p -> p.name() + "：" + p.status().chineseName())
            .collect(Collectors.joining("；")))));
    String handler = text(caseVars.get(Var.HANDLER));
    rows.add(Row.of("承办人", names.of(handler), "承办意见", "处罚决定已执行完毕，建议结案"));
    rows.add(Row.of("审批人", names.of(approved.actor()), "审批意见",
        text(approved.opinion()) + "（" + ChineseWriting.date(steps.dayOf(approved)) + "）"));
    return DocumentDraft.of(form(request, DocumentType.CLOSURE_APPROVAL)
        .table(rows)
        .note("本表附卷存档。")
        .sealedOn(steps.dayOf(approved)));
  }

  private OfficialDocument.Builder start(DocumentRequest request, DocumentType type, PartyView party,
                                         List<EnforcementOfficer> investigators) {
    List<Row> rows = new ArrayList<>();
    if (party.kind() == PartyKind.UNIT) {
      rows.add(Row.of("当事人", party.name(), "统一社会信用代码", text(party.uscc())));
    } else {
      rows.add(Row.of("当事人", party.name(), "身份证件号码", text(party.idNumber())));
      rows.add(Row.of("工作单位", request.summary().enterpriseName(), "职务", party.kind().chineseName()));
    }
    rows.add(Row.of("案件编号", request.caseNo()));
    for (EnforcementOfficer officer : investigators) {
      rows.add(Row.of("执法人员", officer.name(), "执法证号", officer.certificateNo()));
    }
    return form(request, type)
        .addressee(party.name())
        .table(rows);
  }

  /**
   * The investigating officers as the case was proposed. A case proposed before they were kept with it names its
   * investigators only by user id: their numbers are then the ones registered now (blank where none is).
   */
  private List<EnforcementOfficer> investigators(Map<String, Object> caseVars) {
    List<EnforcementOfficer> kept = Investigators.fromJson(caseVars.get(Var.INVESTIGATOR_CERTIFICATES));
    if (!kept.isEmpty()) {
      return kept;
    }
    Object named = caseVars.get(Var.INVESTIGATORS);
    return Investigators.ids(named == null ? null : named.toString()).stream()
        .map(id -> certificates.officer(id).orElseGet(() -> new EnforcementOfficer(id, id, null)))
        .toList();
  }

  private PartyView party(DocumentRequest request) {
    List<PartyView> parties = cases.parties(request.caseNo());
    if (request.party() == null) {
      if (parties.size() == 1) {
        return parties.get(0);
      }
      throw new InvalidInputException("本案有" + parties.size() + "个当事人，请用 party 参数指定："
          + parties.stream().map(p -> p.partyNo() + " " + p.nameWithKind())
          .collect(Collectors.joining("，")));
    }
    return parties.stream().filter(p -> p.partyNo() == request.party()).findFirst()
        .orElseThrow(() -> new NotFoundException("本案没有第" + request.party() + "个当事人：" + request.caseNo()));
  }

  private long proposedFine(DocumentRequest request, Map<String, Object> partyVars,
                            Scope scope) {
    boolean noticeStage = history.reachedWithin(request.processInstanceId(), DualPenaltyProcess.USER_TASK_SERVE_NOTICE,
        scope);
    if (!noticeStage || !(partyVars.get(Var.PROPOSED_FINE_YUAN) instanceof Number fine)) {
      throw notYet(request, "尚未拟定对该当事人的处罚意见");
    }
    return fine.longValue();
  }

  private String decisionNo(DocumentRequest request, PartyView party) {
    if (party.decisionNo() == null) {
      throw notYet(request, party.status() == PartyStatus.NOT_PENALISED ? "对该当事人决定不予处罚" : "尚未作出处罚决定");
    }
    return party.decisionNo();
  }

  private static String response(Map<String, Object> partyVars) {
    PartyResponse response = Coded.find(PartyResponse.class, partyVars.get(Var.PARTY_RESPONSE))
        .orElse(PartyResponse.NONE);
    if (response == PartyResponse.HEARING_REQUESTED) {
      return "当事人要求听证，本机关于" + text(partyVars.get(Var.HEARING_DATE)) + "在" + text(partyVars.get(Var.HEARING_LOCATION))
          + "依法举行听证。听证意见：" + text(partyVars.get(Var.HEARING_MINUTES)) + "。";
    }
    if (response == PartyResponse.STATEMENT) {
      return "当事人提出陈述、申辩意见：" + text(partyVars.get(Var.STATEMENT_SUMMARY)) + "。经复核，本机关依法予以考虑。";
    }
    return "当事人在法定期限内未提出陈述、申辩意见，也未要求听证。";
  }

  private static String review(Map<String, Object> partyVars) {
    List<String> steps = new ArrayList<>();
    if (Boolean.TRUE.equals(partyVars.get(Var.LEGAL_REVIEW_REQUIRED))) {
      steps.add("本案经本机关法制审核机构审核" + ("APPROVED".equals(partyVars.get(Var.LEGAL_REVIEW_OUTCOME)) ? "通过" : ""));
    }
    if (Boolean.TRUE.equals(partyVars.get(Var.COLLECTIVE_DISCUSSION_REQUIRED))) {
      steps.add("经本机关负责人集体讨论决定");
    }
    return steps.isEmpty() ? "本案不属于应当法制审核或集体讨论的情形。" : String.join("，", steps) + "。";
  }

  private static String decisionLine(PartyView party) {
    if (party.decisionNo() == null) {
      return party.name() + "：" + party.status().chineseName();
    }
    return party.name() + "：" + party.decisionNo() + "，" + ChineseWriting.fine(party.fineYuan());
  }

  private static String you(PartyView party) {
    return party.kind() == PartyKind.UNIT ? "单位" : "";
  }

  private static ConflictException notYet(DocumentRequest request, String why) {
    return new ConflictException(why + "，暂不能出具" + request.type().title() + "：" + request.caseNo());
  }
}
