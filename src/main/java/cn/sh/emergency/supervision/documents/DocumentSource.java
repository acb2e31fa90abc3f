package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.shared.CaseType;
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
}
