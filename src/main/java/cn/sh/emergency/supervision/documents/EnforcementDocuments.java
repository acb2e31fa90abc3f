package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.casefile.CaseDocuments;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.DocumentIssue;
import cn.sh.emergency.supervision.casefile.IssuedDocument;
import cn.sh.emergency.supervision.shared.CalendarProperties;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a case's enforcement documents: the lifecycle's source drafts the document, the case file numbers, stores
 * and records it, and the layout renders it under its number. A document issued once is returned as issued.
 */
@Service
@Transactional
public class EnforcementDocuments {

  /** A document as issued and its PDF. */
  public record Pdf(IssuedDocument document, byte[] content) {
  }

  private final Map<CaseType, Map<DocumentType, DocumentSource>> sources = new EnumMap<>(CaseType.class);
  private final CaseDocuments caseDocuments;
  private final PdfLayout layout;
  private final CalendarProperties calendar;

  EnforcementDocuments(List<DocumentSource> sources, CaseDocuments caseDocuments, PdfLayout layout,
                       CalendarProperties calendar) {
    for (DocumentSource source : sources) {
      Map<DocumentType, DocumentSource> ofType = this.sources.computeIfAbsent(source.caseType(),
          t -> new EnumMap<>(DocumentType.class));
      for (DocumentType type : source.types()) {
        if (ofType.put(type, source) != null) {
          throw new IllegalStateException("two sources draft " + type + " of " + source.caseType() + " cases");
        }
      }
    }
    this.caseDocuments = caseDocuments;
    this.layout = layout;
    this.calendar = calendar;
  }

  /**
   * The document of the case, issued now by {@code actor} unless it was issued before; the caller has checked that
   * the actor may see the case.
   */
  public Pdf issue(CaseSummary summary, DocumentType type, Integer party, String actor) {
    CaseType caseType = CaseType.of(summary.caseType());
    DocumentSource source = sources.getOrDefault(caseType, Map.of()).get(type);
    if (source == null) {
      throw new NotFoundException(caseType.chineseName() + "案件没有" + type.title() + "：" + summary.caseNo());
    }
    LocalDate today = EngineClock.now().atZone(calendar.zone()).toLocalDate();
    DocumentDraft draft = source.draft(new DocumentRequest(type, summary, party, today));
    DocumentIssue issue = new DocumentIssue(summary.caseNo(), type.slug(), draft.subject(), type.title(),
        draft.presetNumber() == null ? type.numberKind() : null, draft.presetNumber(), EngineClock.now(), actor,
        summary.processInstanceId());
    IssuedDocument issued = caseDocuments.issue(issue, number -> layout.render(draft.document().numbered(number)));
    return new Pdf(issued, caseDocuments.content(issued));
  }

  @Transactional(readOnly = true)
  public List<IssuedDocument> issued(String caseNo) {
    return caseDocuments.list(caseNo);
  }
}
