package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.casefile.CaseDocuments;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.DocumentIssue;
import cn.sh.emergency.supervision.casefile.IssuedDocument;
import cn.sh.emergency.supervision.documents.AvailableDocument.State;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a case's enforcement documents: the lifecycle's source drafts the document, the case file numbers, stores
 * and records it, and the layout renders it under its number. A document issued once is returned as issued; reading
 * a document never issues it.
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

  EnforcementDocuments(List<DocumentSource> sources, CaseDocuments caseDocuments, PdfLayout layout) {
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
  }

  /**
   * The document of the case, issued now by {@code actor} unless it was issued before; the caller has checked that
   * the actor may see the case.
   */
  public Pdf issue(CaseSummary summary, DocumentType type, Integer party, String actor) {
    DocumentDraft draft = draft(sourceOf(summary, type), summary, type, party);
    DocumentIssue issue = new DocumentIssue(summary.caseNo(), type.slug(), draft.subject(), type.title(),
        draft.presetNumber() == null ? type.numberKind() : null, draft.presetNumber(), EngineClock.now(), actor,
        summary.processInstanceId());
    IssuedDocument issued = caseDocuments.issue(issue, number -> layout.render(draft.document().numbered(number)));
    return new Pdf(issued, caseDocuments.content(issued));
  }

  /**
   * A document issued before, as issued: the one of the given {@code subject}, or else the newest of the type (for
   * the party, when given). Nothing is issued: a document not issued yet is a 404.
   */
  @Transactional(readOnly = true)
  public Pdf read(CaseSummary summary, DocumentType type, Integer party, String subject) {
    sourceOf(summary, type);
    List<IssuedDocument> ofType = caseDocuments.list(summary.caseNo()).stream()
        .filter(d -> d.type().equals(type.slug())).toList();
    Predicate<IssuedDocument> wanted = subject != null ? d -> d.subject().equals(subject)
        : party != null ? d -> party.equals(DocumentDraft.partyOf(d.subject())) : d -> true;
    if (subject == null && party == null) {
      Set<Integer> parties = ofType.stream().map(d -> DocumentDraft.partyOf(d.subject())).filter(Objects::nonNull)
          .collect(Collectors.toCollection(TreeSet::new));
      if (parties.size() > 1) {
        throw new InvalidInputException("本案已向" + parties.size() + "个当事人出具" + type.title()
            + "，请用 party 参数指定当事人序号：" + parties.stream().map(String::valueOf).collect(Collectors.joining("、")));
      }
    }
    IssuedDocument document = ofType.stream().filter(wanted).reduce((older, newer) -> newer)
        .orElseThrow(() -> new NotFoundException(type.title() + "尚未出具"
            + (party == null ? "" : "（第" + party + "个当事人）") + "：" + summary.caseNo()));
    return new Pdf(document, caseDocuments.content(document));
  }

  /**
   * Every document of the case's lifecycle as the case stands now (per party where served on one), in the order of
   * {@link DocumentType}: issued, issuable, or not ready and why. Drafting reads the case and writes nothing.
   */
  @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
  public List<AvailableDocument> available(CaseSummary summary) {
    Map<DocumentType, DocumentSource> ofCase = sources.getOrDefault(CaseType.of(summary.caseType()), Map.of());
    List<AvailableDocument> available = new ArrayList<>();
    for (DocumentType type : Arrays.stream(DocumentType.values()).filter(ofCase::containsKey).toList()) {
      DocumentSource source = ofCase.get(type);
      List<Integer> parties = source.parties(type, summary);
      if (parties.isEmpty()) {
        available.add(availability(source, summary, type, null));
      }
      parties.forEach(party -> available.add(availability(source, summary, type, party)));
    }
    return available;
  }

  @Transactional(readOnly = true)
  public List<IssuedDocument> issued(String caseNo) {
    return caseDocuments.list(caseNo);
  }

  private AvailableDocument availability(DocumentSource source, CaseSummary summary, DocumentType type,
                                         Integer party) {
    DocumentDraft draft;
    try {
      draft = draft(source, summary, type, party);
    } catch (ConflictException notReady) {
      return new AvailableDocument(type.slug(), type.title(), party, State.NOT_READY, null, null,
          notReady.getMessage());
    }
    return caseDocuments.find(summary.caseNo(), type.slug(), draft.subject())
        .map(issued -> new AvailableDocument(type.slug(), type.title(), party, State.ISSUED, draft.subject(),
            issued.documentNo(), null))
        .orElseGet(() -> new AvailableDocument(type.slug(), type.title(), party, State.ISSUABLE, draft.subject(),
            null, null));
  }

  private DocumentDraft draft(DocumentSource source, CaseSummary summary, DocumentType type, Integer party) {
    LocalDate today = BureauTime.today();
    return source.draft(new DocumentRequest(type, summary, party, today));
  }

  private DocumentSource sourceOf(CaseSummary summary, DocumentType type) {
    CaseType caseType = CaseType.of(summary.caseType());
    DocumentSource source = sources.getOrDefault(caseType, Map.of()).get(type);
    if (source == null) {
      throw new NotFoundException(caseType.chineseName() + "案件没有" + type.title() + "：" + summary.caseNo());
    }
    return source;
  }
}
