package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.shared.CaseType;
import java.util.List;
import java.util.Set;

/**
 * What a lifecycle's documents contain. A source drafts the documents of its case type from the case's data; it
 * refuses ({@link cn.sh.emergency.supervision.shared.ConflictException}) a document the case is not ready for,
 * e.g. a decision not yet taken.
 */
public interface DocumentSource {

  CaseType caseType();

  Set<DocumentType> types();

  DocumentDraft draft(DocumentRequest request);

  /**
   * The parties a document of the type is served on, one document each (their numbers, 1, 2, …); empty for a document
   * of the case itself.
   */
  default List<Integer> parties(DocumentType type, CaseSummary summary) {
    return List.of();
  }
}
