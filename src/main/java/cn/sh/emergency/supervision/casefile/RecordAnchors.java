package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.BureauTime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors every case's record chain outside the database. Every {@code supervision.record-anchor.interval} (hourly)
 * the hashes of the records each case gained since its last anchor are appended, HMAC-signed with a key from the
 * environment, to the anchor file ({@link AnchorLog}); a case whose chain no longer continues what was anchored is
 * not anchored again (its verification says why). Whoever can write the database can recompute a chain, but not
 * the anchors: {@link #check} names the records deleted or rewritten since they were anchored.
 */
@Component
public class RecordAnchors {

  private static final Logger LOG = LoggerFactory.getLogger(RecordAnchors.class);

  private final AnchorLog log;
  private final CaseRecordRepository records;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;
  private final Instant startedAt = Instant.now();

  private final Map<String, List<String>> anchored = new HashMap<>();
  private final Map<String, Instant> anchoredAt = new HashMap<>();
  private long count;
  private String lastMac;
  private Instant lastAnchorAt;
  private String damage;
  private Map<String, String> refusedLastTime = Map.of();

  RecordAnchors(RecordAnchorProperties properties, CaseRecordRepository records, JdbcTemplate jdbc,
                PlatformTransactionManager transactions, MeterRegistry registry) {
    this.log = new AnchorLog(properties.file(), properties.key());
    this.records = records;
    this.jdbc = jdbc;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    load();
    Gauge.builder("supervision.record.anchor.age", this, RecordAnchors::ageSeconds).baseUnit("seconds")
        .description("距最近一次记录链锚定的秒数（尚未锚定时为距启动的秒数）").register(registry);
    Gauge.builder("supervision.record.anchor.refused", this, RecordAnchors::refusedCount)
        .description("最近一次锚定时记录链与锚定不符的案件数（锚定文件受损另计1）").register(registry);
  }

  private synchronized void load() {
    AnchorLog.Contents contents = log.read();
    for (AnchorLog.Anchor anchor : contents.anchors()) {
      remember(anchor);
    }
    count = contents.anchors().size();
    lastMac = contents.lastMac();
    damage = contents.damage();
    if (damage != null) {
      LOG.error("Record anchors untrusted from here on, nothing more is anchored until the file is replaced: {} ({})",
          damage, log.file());
    }
  }

  private void remember(AnchorLog.Anchor anchor) {
    anchor.cases().forEach((caseNo, heads) -> {
      List<String> hashes = anchored.computeIfAbsent(caseNo, c -> new ArrayList<>());
      if (hashes.size() + 1 == heads.from()) {
        hashes.addAll(heads.hashes());
        anchoredAt.put(caseNo, anchor.at());
      }
    });
    lastAnchorAt = anchor.at();
  }

  /** Anchors what each case's chain gained since its last anchor; scheduled, and on an administrator's request. */
  @Scheduled(initialDelayString = "${supervision.record-anchor.first-delay:PT1M}",
      fixedDelayString = "${supervision.record-anchor.interval:PT1H}")
  public synchronized AnchorStatus anchor() {
    if (damage != null) {
      LOG.error("Record chains not anchored: {} ({})", damage, log.file());
      return status();
    }
    Map<String, AnchorLog.Heads> gained = new TreeMap<>();
    Map<String, String> refused = new TreeMap<>();
    readOnly.executeWithoutResult(tx -> {
      List<Head> heads = jdbc.query("select case_no, record_count, last_record_hash from case_ledger",
          (row, i) -> new Head(row.getString(1), row.getInt(2), row.getString(3)));
      for (Head head : heads) {
        Continuation next = continuation(head);
        if (next.refusal() != null) {
          refused.put(head.caseNo(), next.refusal());
        } else if (next.heads() != null) {
          gained.put(head.caseNo(), next.heads());
        }
      }
    });
    AnchorLog.Anchor anchor = new AnchorLog.Anchor(count + 1, Instant.now(), lastMac, gained);
    lastMac = log.append(anchor);
    count++;
    remember(anchor);
    refusedLastTime = Map.copyOf(refused);
    if (!refused.isEmpty()) {
      LOG.error("Record chains that no longer continue their anchor, not anchored again: {}", refused);
    }
    return status();
  }

  /** A case's chain head as the ledger holds it. */
  private record Head(String caseNo, int recordCount, String lastHash) {
  }

  /** The hashes a chain gained beyond its anchor (null: none), or why it no longer continues its anchor. */
  private record Continuation(AnchorLog.Heads heads, String refusal) {
  }

  private Continuation continuation(Head head) {
    List<String> hashes = anchored.getOrDefault(head.caseNo(), List.of());
    int m = hashes.size();
    if (head.recordCount() == m && (m == 0 || hashes.get(m - 1).equals(head.lastHash()))) {
      return new Continuation(null, null);
    }
    if (head.recordCount() < m) {
      return refusal("台账记载" + head.recordCount() + "条记录，少于已锚定的" + m + "条");
    }
    if (head.recordCount() == m) {
      return refusal("第" + m + "条记录与锚定不符");
    }
    int from = Math.max(m, 1);
    String prev = m == 0 ? RecordHasher.GENESIS : hashes.get(m - 1);
    List<String> gained = new ArrayList<>();
    int seq = from;
    for (CaseRecord r : records.findByCaseNoAndSeqBetweenOrderBySeqAsc(head.caseNo(), from, head.recordCount())) {
      if (r.seq() != seq) {
        return refusal("第" + seq + "条记录缺失");
      }
      if (!RecordHasher.hash(r).equals(r.hash())) {
        return refusal("第" + seq + "条记录内容与其哈希不符");
      }
      if (seq == m) {
        if (!r.hash().equals(prev)) {
          return refusal("第" + m + "条记录与锚定不符");
        }
      } else {
        if (!r.prevHash().equals(prev)) {
          return refusal("第" + seq + "条记录的前序哈希与上一条记录不符");
        }
        gained.add(r.hash());
        prev = r.hash();
      }
      seq++;
    }
    if (seq != head.recordCount() + 1 || !prev.equals(head.lastHash())) {
      return refusal("台账记载的末条记录与记录链不符");
    }
    return new Continuation(new AnchorLog.Heads(m + 1, gained), null);
  }

  private static Continuation refusal(String why) {
    return new Continuation(null, why);
  }

  /** What the anchors say of the chain: the anchored count and time, and the records deleted or rewritten since. */
  synchronized AnchorCheck check(String caseNo, List<CaseRecord> chain) {
    List<String> hashes = anchored.getOrDefault(caseNo, List.of());
    Instant at = anchoredAt.get(caseNo);
    String when = at == null ? null : BureauTime.minuteOf(at);
    List<Integer> rewritten = new ArrayList<>();
    for (int i = 0; i < Math.min(hashes.size(), chain.size()); i++) {
      CaseRecord r = chain.get(i);
      String anchoredPrev = i == 0 ? RecordHasher.GENESIS : hashes.get(i - 1);
      if (!r.hash().equals(hashes.get(i)) && !RecordHasher.hash(r, anchoredPrev).equals(hashes.get(i))) {
        rewritten.add(r.seq());
      }
    }
    List<String> problems = new ArrayList<>();
    if (damage != null) {
      problems.add(damage + "，锚定之后的核验不可信");
    }
    if (!rewritten.isEmpty()) {
      problems.add(rewritten.stream().map(String::valueOf).collect(Collectors.joining("、", "第", "条记录")) + "被改写（与"
          + when + "的锚定不符）");
    }
    if (chain.size() < hashes.size()) {
      problems.add((chain.size() + 1 == hashes.size() ? "第" + hashes.size() + "条记录"
          : "第" + (chain.size() + 1) + "至第" + hashes.size() + "条记录") + "被删除（" + when + "锚定时已有"
          + hashes.size() + "条）");
    }
    Integer first = !rewritten.isEmpty() ? rewritten.get(0) : chain.size() < hashes.size() ? chain.size() + 1 : null;
    return new AnchorCheck(hashes.size(), at, first, problems.isEmpty() ? null : String.join("；", problems));
  }

  /**
   * The anchors' view of one chain.
   *
   * @param anchoredRecords records anchored (0: none yet)
   * @param anchoredAt      the case's latest anchor
   * @param firstBrokenSeq  the first record deleted or rewritten since, if any
   * @param problem         what was deleted or rewritten (null: the chain continues its anchor)
   */
  record AnchorCheck(int anchoredRecords, Instant anchoredAt, Integer firstBrokenSeq, String problem) {
  }

  public synchronized AnchorStatus status() {
    return new AnchorStatus(log.file().toString(), count, lastAnchorAt, anchored.size(),
        anchored.values().stream().mapToLong(List::size).sum(), damage,
        new LinkedHashMap<>(refusedLastTime));
  }

  private synchronized double refusedCount() {
    return refusedLastTime.size() + (damage == null ? 0 : 1);
  }

  private synchronized double ageSeconds() {
    return Duration.between(lastAnchorAt == null ? startedAt : lastAnchorAt, Instant.now()).toSeconds();
  }
}
