package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full-process record (全过程记录) of each case: an append-only chain of records, each hashing the one before, the
 * ledger row keeping the chain's length and head, and the chain's verification against its hashes, its anchors
 * outside the database and the evidence and document files it names. Called from engine listeners, so appending
 * happens inside the engine's transaction.
 */
@Service
@Transactional
public class CaseRecords {

  private static final ObjectMapper DETAILS_JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private final CaseLedgerRepository ledger;
  private final CaseRecordRepository records;
  private final CaseEvidenceRepository evidence;
  private final CaseDocumentRepository documents;
  private final EvidenceStore evidenceStore;
  private final RecordAnchors anchors;

  CaseRecords(CaseLedgerRepository ledger, CaseRecordRepository records, CaseEvidenceRepository evidence,
              CaseDocumentRepository documents, EvidenceStore evidenceStore, RecordAnchors anchors) {
    this.ledger = ledger;
    this.records = records;
    this.evidence = evidence;
    this.documents = documents;
    this.evidenceStore = evidenceStore;
    this.anchors = anchors;
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

  @Transactional(readOnly = true)
  public List<RecordView> of(String caseNo) {
    return records.findByCaseNoOrderBySeqAsc(caseNo).stream().map(CaseRecord::view).toList();
  }

  public List<RecordView> latest(String caseNo, RecordKind kind, int limit) {
    return latest(caseNo, Set.of(kind), limit);
  }

  /**
   * The case's latest records of these kinds, newest first, at most {@code limit}, including those appended earlier in
   * the current transaction (the engine's, when called from a listener).
   */
  public List<RecordView> latest(String caseNo, Set<RecordKind> kinds, int limit) {
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
