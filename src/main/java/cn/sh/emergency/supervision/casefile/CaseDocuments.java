package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement documents (执法文书) of a case. A document is issued once per case, type and subject: its number
 * is taken, its PDF stored by SHA-256 and the number and hash appended to the full-process record, all in one
 * transaction; asking again returns the same document, byte for byte.
 */
@Service
@Transactional
public class CaseDocuments {

  private final CaseDocumentRepository documents;
  private final CaseLedgerRepository ledger;
  private final DocumentNumbers numbers;
  private final EvidenceStore store;
  private final CaseRecords caseRecords;

  CaseDocuments(CaseDocumentRepository documents, CaseLedgerRepository ledger, DocumentNumbers numbers,
                EvidenceStore store, CaseRecords caseRecords) {
    this.documents = documents;
    this.ledger = ledger;
    this.numbers = numbers;
    this.store = store;
    this.caseRecords = caseRecords;
  }

  /**
   * The document already issued for the case, type and subject, or a new one: numbered, rendered by
   * {@code render} (given the number), stored and recorded. Concurrent requests for one case wait for each other.
   */
  public IssuedDocument issue(DocumentIssue issue, Function<String, byte[]> render) {
    CaseLedgerEntry row = ledger.lockByCaseNo(issue.caseNo())
        .orElseThrow(() -> new NotFoundException("案件不存在：" + issue.caseNo()));
    Optional<CaseDocument> existing = documents.findByCaseNoAndDocumentTypeAndSubject(issue.caseNo(), issue.type(),
        issue.subject());
    if (existing.isPresent()) {
      return existing.get().view();
    }
    LocalDate issuedOn = BureauTime.dayOf(issue.issuedAt());
    String number = issue.presetNumber() != null ? issue.presetNumber()
        : numbers.next(District.of(row.district()), issue.numberKind(), issuedOn.getYear());
    byte[] pdf = render.apply(number);
    EvidenceStore.Stored stored = store.store(new ByteArrayInputStream(pdf));
    CaseDocument document = documents.save(new CaseDocument(issue, number, stored.sha256(), stored.size(), issuedOn));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("documentType", issue.type());
    details.put("subject", issue.subject());
    details.put("title", issue.title());
    details.put("documentNo", number);
    details.put("sha256", stored.sha256());
    details.put("sizeBytes", stored.size());
    caseRecords.append(issue.caseNo(), new RecordEntry(RecordKind.DOCUMENT, issue.issuedAt(), issue.actor(), null,
        "制发文书：" + issue.title(), issue.processInstanceId(), number, null, details));
    return document.view();
  }

  @Transactional(readOnly = true)
  public Optional<IssuedDocument> find(String caseNo, String type, String subject) {
    return documents.findByCaseNoAndDocumentTypeAndSubject(caseNo, type, subject).map(CaseDocument::view);
  }

  @Transactional(readOnly = true)
  public List<IssuedDocument> list(String caseNo) {
    return documents.findByCaseNoOrderByIdAsc(caseNo).stream().map(CaseDocument::view).toList();
  }

  /** The PDF as issued; a file that is gone or no longer has its recorded hash is never served. */
  public byte[] content(IssuedDocument document) {
    return store.readIntact(document.sha256()).orElseThrow(() ->
        new IllegalStateException("文书文件缺失或与登记的哈希不符（文件被改动）：" + document.documentNo()));
  }
}
