package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseNumber;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.DeadlineLog;
import cn.sh.emergency.supervision.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file: ledger rows (案件台账) and the append-only, hash-chained full-process record (全过程记录).
 * Called from engine listeners, so everything happens inside the engine's transaction.
 */
@Service
@Transactional
public class CaseFile {

  /** Rows fetched per round trip when streaming the ledger. */
  static final int STREAM_FETCH_SIZE = 500;

  private static final ObjectMapper DETAILS_JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private final CaseLedgerRepository ledger;
  private final CaseRecordRepository records;
  private final CaseReferralRepository referrals;
  private final CaseEvidenceRepository evidence;
  private final CaseDocumentRepository documents;
  private final EvidenceStore evidenceStore;
  private final NumberSeries numbers;
  private final DeadlineLog deadlines;
  private final EntityManager entityManager;
  private final RecordAnchors anchors;

  CaseFile(CaseLedgerRepository ledger, CaseRecordRepository records, CaseReferralRepository referrals,
           CaseEvidenceRepository evidence, CaseDocumentRepository documents, EvidenceStore evidenceStore,
           NumberSeries numbers, DeadlineLog deadlines, EntityManager entityManager, RecordAnchors anchors) {
    this.ledger = ledger;
    this.records = records;
    this.referrals = referrals;
    this.evidence = evidence;
    this.documents = documents;
    this.evidenceStore = evidenceStore;
    this.numbers = numbers;
    this.deadlines = deadlines;
    this.entityManager = entityManager;
    this.anchors = anchors;
  }

  /** Opens a ledger row under a new case number and records the opening; returns the case number. */
  public String open(OpenCase open) {
    int year = BureauTime.dayOf(open.openedAt()).getYear();
    String caseNo = new CaseNumber(open.type(), open.district(), year,
        numbers.next("case:" + open.type().name() + ":" + open.district().code(), year)).toString();
    ledger.save(new CaseLedgerEntry(caseNo, open, BureauTime.dayOf(open.openedAt())));
    append(caseNo, new RecordEntry(RecordKind.CASE_OPENED, open.openedAt(), open.actor(), null,
        open.type().chineseName(), open.processInstanceId(), null, null, null));
    return caseNo;
  }

  /** Appends one entry to the case's record chain. */
  public void append(String caseNo, RecordEntry entry) {
    CaseLedgerEntry row = ledger.lockByCaseNo(caseNo)
        .orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
    // Stored precision is microseconds or less depending on the database; hash what is stored.
    Instant at = entry.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    CaseRecord record = new CaseRecord(caseNo, row.recordCount() + 1, entry, at, json(entry), row.lastRecordHash());
    records.save(record);
    row.chainAppended(record.hash());
  }

  public void enterStage(String caseNo, String stage, String stageName) {
    row(caseNo).enterStage(stage, stageName);
  }

  /** The deadline the case currently runs to (e.g. the rectification deadline); clears the overdue flag. */
  public void setDeadline(String caseNo, Instant deadlineAt) {
    CaseLedgerEntry row = row(caseNo);
    row.deadline(deadlineAt, deadlines.isProvisional(row.processInstanceId(), deadlineAt));
  }

  /** A provisional deadline of the case recomputed on a newer calendar: the ledger follows it. */
  public void correctDeadline(String caseNo, Instant previous, Instant corrected, boolean stillProvisional) {
    row(caseNo).deadlineCorrected(previous, corrected, stillProvisional);
  }

  public void markOverdue(String caseNo) {
    row(caseNo).overdue();
  }

  /** 挂牌督办 ({@code true}) or 摘牌 ({@code false}); the first listing's time stays for the listing rate. */
  public void markListed(String caseNo, boolean listed, Instant at) {
    row(caseNo).listed(listed, at);
  }

  /** The investigation was escalated (提级调查). */
  public void markEscalated(String caseNo) {
    row(caseNo).escalated();
  }

  /** Whether the case (an accident) was reported within its statutory time. */
  public void markReported(String caseNo, boolean onTime) {
    row(caseNo).reportedOnTime(onTime);
  }

  /** When the case's follow-up evaluation (e.g. an accident's one-year evaluation) falls due. */
  public void setEvaluationDue(String caseNo, Instant dueAt) {
    row(caseNo).evaluationDue(dueAt);
  }

  public void markEvaluated(String caseNo, Instant at) {
    row(caseNo).evaluated(at);
  }

  /** A penalty decision of the case: its fine (whole yuan, 0 for a decision without fine) and whether on a person. */
  public void recordFineDecided(String caseNo, long fineYuan, boolean person) {
    row(caseNo).fineDecided(fineYuan, person);
  }

  /** Fine money received for the case (whole yuan, without late-payment surcharges). */
  public void recordFineCollected(String caseNo, long yuan) {
    row(caseNo).fineCollected(yuan);
  }

  /** A decision of the case was published (公示), late or not. */
  public void recordPublication(String caseNo, boolean late) {
    row(caseNo).published(late);
  }

  public void markOnTime(String caseNo, boolean onTime) {
    row(caseNo).onTime(onTime);
  }

  /** Counts an urging (催办) and records it. */
  public void urged(String caseNo, RecordEntry urging) {
    append(caseNo, urging);
    row(caseNo).urged();
  }

  /** Opens a referral to another lifecycle and records it. */
  public ReferralView refer(String caseNo, ReferralKind kind, String reason, RecordEntry entry) {
    return refer(caseNo, kind, reason, false, entry);
  }

  /** A referral of a unit that failed to correct in time ({@code overdueUncorrected}, 逾期未改正). */
  public ReferralView refer(String caseNo, ReferralKind kind, String reason, boolean overdueUncorrected,
                            RecordEntry entry) {
    CaseReferral referral = referrals.saveAndFlush(new CaseReferral(caseNo, kind, reason, entry.actor(),
        entry.occurredAt(), overdueUncorrected));
    append(caseNo, entry);
    return referral.view();
  }

  /** The grade the ledger shows (e.g. an accident's 一般/较大/重大/特别重大). */
  public void grade(String caseNo, String grade) {
    row(caseNo).grade(grade);
  }

  /**
   * Links an open referral to the case opened for it, on both sides: the referral names its target, and each case's
   * record says so. Refused when the referral does not exist, is of another kind or was already taken up.
   */
  public ReferralView acceptReferral(long referralId, ReferralKind kind, String targetCaseNo, RecordEntry entry) {
    CaseReferral referral = referrals.lock(referralId)
        .filter(r -> kind.name().equals(r.kind()))
        .orElseThrow(() -> new NotFoundException("未找到移送记录：" + referralId));
    if (!referral.isOpen()) {
      throw new ConflictException("该移送已立案：" + referral.view().targetCaseNo());
    }
    referral.accept(targetCaseNo);
    append(referral.caseNo(), new RecordEntry(RecordKind.REFERRAL, entry.occurredAt(), entry.actor(), null,
        "移送已立案：" + targetCaseNo, null, "ACCEPTED", null,
        Map.of("referralId", referralId, "targetCaseNo", targetCaseNo)));
    append(targetCaseNo, entry);
    return referral.view();
  }

  @Transactional(readOnly = true)
  public Optional<ReferralView> referral(long referralId) {
    return referrals.findById(referralId).map(CaseReferral::view);
  }

  /** Open referrals of one kind from cases of the given districts, oldest first. */
  @Transactional(readOnly = true)
  public List<ReferralView> openReferrals(ReferralKind kind, Collection<String> districts) {
    return referrals.findOpen(kind.name(), districts).stream().map(CaseReferral::view).toList();
  }

  /** Referrals that were taken up by the given case (where it came from). */
  @Transactional(readOnly = true)
  public List<ReferralView> referralsTo(String caseNo) {
    return referrals.findByTargetCaseNoOrderByIdAsc(caseNo).stream().map(CaseReferral::view).toList();
  }

  @Transactional(readOnly = true)
  public List<ReferralView> referrals(String caseNo) {
    return referrals.findByCaseNoOrderByIdAsc(caseNo).stream().map(CaseReferral::view).toList();
  }

  /** Closes the case; {@code outcome} says how it ended (e.g. {@code RECTIFIED}, {@code UNFOUNDED}, {@code CANCELED}). */
  /**
   * The end of the case's own process closes it. Another process that worked on the case (a publication, a called
   * review) ends without closing it: only the instance that opened the case can.
   */
  public void close(String caseNo, RecordEntry closing, String outcome) {
    CaseLedgerEntry row = row(caseNo);
    if (!row.processInstanceId().equals(closing.processInstanceId())) {
      return;
    }
    append(caseNo, closing);
    row.close(closing.occurredAt(), outcome);
  }

  private CaseLedgerEntry row(String caseNo) {
    return ledger.findById(caseNo).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
  }

  @Transactional(readOnly = true)
  public Optional<CaseSummary> find(String caseNo) {
    return ledger.findById(caseNo).map(CaseLedgerEntry::summary);
  }

  /** One page of the ledger, newest cases first. */
  @Transactional(readOnly = true)
  public Page<CaseSummary> search(CaseQuery query, int page, int size) {
    PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("caseNo")));
    return ledger.findAll(CaseLedgerSpecifications.matching(query), request).map(CaseLedgerEntry::summary);
  }

  /**
   * Hands every ledger row of the query to {@code action}, newest first, one at a time: rows are read with a
   * database cursor and let go of as soon as they are handed over, so any number of rows fits in memory.
   */
  @Transactional(readOnly = true)
  public void forEach(CaseQuery query, Consumer<CaseSummary> action) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<CaseLedgerEntry> select = cb.createQuery(CaseLedgerEntry.class);
    Root<CaseLedgerEntry> root = select.from(CaseLedgerEntry.class);
    select.where(CaseLedgerSpecifications.matching(query).toPredicate(root, select, cb))
        .orderBy(cb.desc(root.get("openedAt")), cb.desc(root.get("caseNo")));
    try (Stream<CaseLedgerEntry> rows = entityManager.createQuery(select)
        .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultStream()) {
      rows.forEach(row -> {
        action.accept(row.summary());
        entityManager.detach(row);
      });
    }
  }

  @Transactional(readOnly = true)
  public List<RecordView> records(String caseNo) {
    return records.findByCaseNoOrderBySeqAsc(caseNo).stream().map(CaseRecord::view).toList();
  }

  public List<RecordView> latestRecords(String caseNo, RecordKind kind, int limit) {
    return latestRecords(caseNo, Set.of(kind), limit);
  }

  /**
   * The case's latest records of these kinds, newest first, at most {@code limit}, including those appended earlier in
   * the current transaction (the engine's, when called from a listener).
   */
  public List<RecordView> latestRecords(String caseNo, Set<RecordKind> kinds, int limit) {
    return records.findByCaseNoAndKindInOrderBySeqDesc(caseNo, kinds.stream().map(RecordKind::name).toList(),
        PageRequest.of(0, limit)).stream().map(CaseRecord::view).toList();
  }

  /**
   * Re-computes every hash of the case, compares the chain with its anchors outside the database and names the first
   * record that does not match (for the anchors, every record deleted or rewritten since).
   */
  @Transactional(readOnly = true)
  public ChainVerification verify(String caseNo) {
    List<CaseRecord> chain = records.findByCaseNoOrderBySeqAsc(caseNo);
    RecordAnchors.AnchorCheck anchors = this.anchors.check(caseNo, chain);
    Verdict verdict = new Verdict(caseNo, chain.size(), anchors);
    String expectedPrev = RecordHasher.GENESIS;
    int expectedSeq = 1;
    for (CaseRecord r : chain) {
      if (r.seq() != expectedSeq) {
        return verdict.broken(r, "第" + expectedSeq + "条记录缺失，序号跳至" + r.seq());
      }
      if (!r.prevHash().equals(expectedPrev)) {
        return verdict.broken(r, "第" + r.seq() + "条记录的前序哈希与上一条记录不符");
      }
      if (!RecordHasher.hash(r).equals(r.hash())) {
        return verdict.broken(r, "第" + r.seq() + "条记录内容与其哈希不符（记录被改动）");
      }
      expectedPrev = r.hash();
      expectedSeq++;
    }
    if (anchors.problem() != null) {
      Integer seq = anchors.firstBrokenSeq();
      Long id = seq == null || seq > chain.size() ? null : chain.get(seq - 1).id();
      return verdict.broken(seq, id, anchors.problem());
    }
    Optional<CaseLedgerEntry> row = ledger.findById(caseNo);
    if (row.isPresent() && (row.get().recordCount() != chain.size()
        || !row.get().lastRecordHash().equals(expectedPrev))) {
      return verdict.broken(chain.size() + 1, null,
          "台账记载" + row.get().recordCount() + "条记录，实有" + chain.size() + "条，或末条记录被替换");
    }
    for (CaseRecord r : chain) {
      String problem = RecordKind.EVIDENCE.name().equals(r.kind()) ? evidenceProblem(r)
          : RecordKind.DOCUMENT.name().equals(r.kind()) ? documentProblem(r) : null;
      if (problem != null) {
        return verdict.broken(r, problem);
      }
    }
    return verdict.intact();
  }

  /** One verification's answers, with what the anchors say of the chain. */
  private record Verdict(String caseNo, int records, RecordAnchors.AnchorCheck anchors) {

    ChainVerification intact() {
      return new ChainVerification(caseNo, true, records, null, null, "记录链完整", anchors.anchoredRecords(),
          anchors.anchoredAt());
    }

    ChainVerification broken(CaseRecord r, String reason) {
      return broken(r.seq(), r.id(), reason);
    }

    ChainVerification broken(Integer seq, Long id, String reason) {
      return new ChainVerification(caseNo, false, records, seq, id, reason, anchors.anchoredRecords(),
          anchors.anchoredAt());
    }
  }

  /** An evidence record's file must still be registered under the recorded hash and still have that hash. */
  private String evidenceProblem(CaseRecord r) {
    JsonNode details = details(r);
    if (details == null) {
      return "第" + r.seq() + "条证据记录无法解析";
    }
    String recorded = details.path("sha256").asText();
    String name = details.path("fileName").asText();
    boolean registered = evidence.findById(details.path("evidenceId").asLong())
        .map(e -> recorded.equals(e.sha256())).orElse(false);
    return storedFileProblem(r, "证据", name, recorded, registered);
  }

  /** A document record's PDF must still be registered under the recorded number and hash and still have it. */
  private String documentProblem(CaseRecord r) {
    JsonNode details = details(r);
    if (details == null) {
      return "第" + r.seq() + "条文书记录无法解析";
    }
    String recorded = details.path("sha256").asText();
    String number = details.path("documentNo").asText();
    boolean registered = documents.findByDocumentNo(number).map(d -> recorded.equals(d.sha256())).orElse(false);
    return storedFileProblem(r, "文书", number, recorded, registered);
  }

  private String storedFileProblem(CaseRecord r, String what, String name, String recorded, boolean registered) {
    if (!registered) {
      return "第" + r.seq() + "条记录的" + what + "登记被改动或删除：" + name;
    }
    Optional<String> actual = evidenceStore.rehash(recorded);
    if (actual.isEmpty()) {
      return what + "文件缺失：" + name + "（第" + r.seq() + "条记录）";
    }
    return actual.get().equals(recorded) ? null : what + "文件被改动：" + name + "（第" + r.seq() + "条记录）";
  }

  private static JsonNode details(CaseRecord r) {
    try {
      return DETAILS_JSON.readTree(r.details());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String json(RecordEntry entry) {
    if (entry.details().isEmpty()) {
      return null;
    }
    try {
      return DETAILS_JSON.writeValueAsString(entry.details());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("record details cannot be serialised", e);
    }
  }
}
