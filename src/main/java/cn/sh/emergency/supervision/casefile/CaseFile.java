package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseNumber;
import cn.sh.emergency.supervision.shared.DeadlineLog;
import cn.sh.emergency.supervision.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file's ledger (案件台账): one row per case with its stage, deadline, flags and outcome, as the KPIs and the
 * ledger sheets read it. Each change a step makes is recorded in the case's {@link CaseRecords}; referrals between
 * lifecycles are {@link CaseReferrals}. Called from engine listeners, so everything happens inside the engine's
 * transaction.
 */
@Service
@Transactional
public class CaseFile {

  /** Rows fetched per round trip when streaming the ledger. */
  static final int STREAM_FETCH_SIZE = 500;

  private final CaseLedgerRepository ledger;
  private final CaseRecords records;
  private final NumberSeries numbers;
  private final DeadlineLog deadlines;
  private final EntityManager entityManager;

  CaseFile(CaseLedgerRepository ledger, CaseRecords records, NumberSeries numbers, DeadlineLog deadlines,
           EntityManager entityManager) {
    this.ledger = ledger;
    this.records = records;
    this.numbers = numbers;
    this.deadlines = deadlines;
    this.entityManager = entityManager;
  }

  /** Opens a ledger row under a new case number and records the opening; returns the case number. */
  public String open(OpenCase open) {
    int year = BureauTime.dayOf(open.openedAt()).getYear();
    String caseNo = new CaseNumber(open.type(), open.district(), year,
        numbers.next("case:" + open.type().name() + ":" + open.district().code(), year)).toString();
    ledger.save(new CaseLedgerEntry(caseNo, open, BureauTime.dayOf(open.openedAt())));
    records.append(caseNo, new RecordEntry(RecordKind.CASE_OPENED, open.openedAt(), open.actor(), null,
        open.type().chineseName(), open.processInstanceId(), null, null, null));
    return caseNo;
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

  /** A decision's fine changed or revoked on 复议 or 诉讼: the difference (negative when lower or revoked). */
  public void adjustFineDecided(String caseNo, long differenceYuan) {
    row(caseNo).fineDecidedAdjusted(differenceYuan);
  }

  /** Fine money received for the case (whole yuan, without late-payment surcharges). */
  public void recordFineCollected(String caseNo, long yuan) {
    row(caseNo).fineCollected(yuan);
  }

  /** A decision of the case was published (公示), late or not. */
  public void recordPublication(String caseNo, boolean late) {
    row(caseNo).published(late);
  }

  /** An accident's dead as last reported, the missing counted with them. */
  public void recordDeaths(String caseNo, int deaths) {
    row(caseNo).deaths(deaths);
  }

  /** A problem (违法行为) an enforcement inspection of the case found. */
  public void recordFinding(String caseNo) {
    row(caseNo).findingRecorded();
  }

  public void markOnTime(String caseNo, boolean onTime) {
    row(caseNo).onTime(onTime);
  }

  /** Counts an urging (催办) and records it. */
  public void urged(String caseNo, RecordEntry urging) {
    records.append(caseNo, urging);
    row(caseNo).urged();
  }

  /** The grade the ledger shows (e.g. an accident's 一般/较大/重大/特别重大). */
  public void grade(String caseNo, String grade) {
    row(caseNo).grade(grade);
  }

  /**
   * Closes the case; {@code outcome} says how it ended (e.g. {@code RECTIFIED}, {@code UNFOUNDED}, {@code CANCELED}).
   * The end of the case's own process closes it. Another process that worked on the case (a publication, a called
   * review) ends without closing it: only the instance that opened the case can.
   */
  public void close(String caseNo, RecordEntry closing, String outcome) {
    CaseLedgerEntry row = row(caseNo);
    if (!row.processInstanceId().equals(closing.processInstanceId())) {
      return;
    }
    records.append(caseNo, closing);
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
}
