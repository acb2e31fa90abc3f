package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a case (证据): the file goes to the evidence store under its SHA-256, its description and step to the
 * case, and an EVIDENCE entry with the hash to the full-process record, so the chain verification covers the file.
 * A closed case takes no more evidence.
 */
@Service
@Transactional
public class CaseEvidenceFiles {

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 1000;

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;
  private final CaseEvidenceRepository evidence;
  private final EvidenceStore store;

  CaseEvidenceFiles(CaseFile caseFile, CaseRecords caseRecords, CaseEvidenceRepository evidence, EvidenceStore store) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
    this.evidence = evidence;
    this.store = store;
  }

  public record Download(EvidenceView evidence, Supplier<InputStream> content) {
  }

  /**
   * Adds an evidence file to an open case.
   *
   * @param step the step of the case it belongs to (one of the case's steps, checked by the caller), or {@code null}
   */
  public EvidenceView add(String caseNo, String fileName, String description, EvidenceStep step, InputStream content,
                          String actor) {
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw new InvalidInputException("证据说明不能超过" + MAX_DESCRIPTION + "字");
    }
    CaseSummary summary = caseFile.find(caseNo).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
    if (summary.closedAt() != null) {
      throw new ConflictException("案件已办结，不能再添加证据：" + caseNo);
    }
    String name = safeName(fileName);
    EvidenceStore.Stored stored = store.store(content);
    Instant now = EngineClock.now();
    CaseEvidence saved = evidence.save(new CaseEvidence(caseNo, name, stored, description, step, actor, now));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("evidenceId", saved.id());
    details.put("fileName", name);
    details.put("contentType", stored.type().contentType());
    details.put("sizeBytes", stored.size());
    details.put("sha256", stored.sha256());
    if (step != null) {
      details.put("step", step.id());
      details.put("stepName", step.name());
    }
    caseRecords.append(caseNo, new RecordEntry(RecordKind.EVIDENCE, now, actor, null, "证据：" + name, null, null,
        description, details));
    return saved.view();
  }

  @Transactional(readOnly = true)
  public List<EvidenceView> list(String caseNo) {
    return evidence.findByCaseNoOrderByIdAsc(caseNo).stream().map(CaseEvidence::view).toList();
  }

  @Transactional(readOnly = true)
  public Download open(String caseNo, long id) {
    CaseEvidence found = evidence.findByIdAndCaseNo(id, caseNo)
        .orElseThrow(() -> new NotFoundException("证据不存在：" + id));
    return new Download(found.view(), () -> store.open(found.sha256()));
  }

  /** Keeps the last path segment of a client's file name, without control characters; never a path. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}]", "").trim();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "证据文件";
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }
}
