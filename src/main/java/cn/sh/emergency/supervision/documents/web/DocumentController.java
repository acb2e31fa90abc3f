package cn.sh.emergency.supervision.documents.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.IssuedDocument;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.EnforcementDocuments;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's enforcement documents (执法文书) as PDF. The first request issues the document (number, record entry);
 * every later one returns it as issued. Only cases of the caller's districts exist for the caller, and only case
 * workers (handlers, chiefs, legal reviewers, leaders) issue documents.
 */
@RestController
@RequestMapping("/api/cases/{caseNo}/documents")
class DocumentController {

  private final EnforcementDocuments documents;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  DocumentController(EnforcementDocuments documents, CaseAccess cases, CurrentUser currentUser) {
    this.documents = documents;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  /** The documents issued for the case so far, oldest first. */
  @GetMapping
  List<IssuedDocument> issued(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return documents.issued(caseNo);
  }

  /** @param party the party's number (1, 2, …) for a document served on one party of a penalty case */
  @GetMapping("/{type}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String caseNo, @PathVariable String type,
                             @RequestParam(required = false) String party) {
    CaseSummary summary = cases.visible(caseNo);
    AuthenticatedUser user = currentUser.get();
    if (Roles.WORK_GROUPS.stream().noneMatch(user::hasRole)) {
      throw new AccessDeniedException("只有办案人员可以出具执法文书");
    }
    DocumentType documentType = DocumentType.ofSlug(type);
    EnforcementDocuments.Pdf pdf = documents.issue(summary, documentType, partyNumber(party), user.userId());
    IssuedDocument issued = pdf.document();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(issued.title() + "-" + issued.documentNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
        .eTag("\"" + issued.sha256() + "\"")
        .cacheControl(CacheControl.noStore())
        .body(pdf.content());
  }

  private static Integer partyNumber(String party) {
    if (party == null || party.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(party.trim());
      if (number < 1) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("当事人序号（party）应为从1开始的整数：" + party);
    }
  }
}
