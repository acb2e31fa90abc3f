package cn.sh.emergency.supervision.documents.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.IssuedDocument;
import cn.sh.emergency.supervision.documents.AvailableDocument;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.EnforcementDocuments;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's enforcement documents (执法文书) as PDF. {@code POST …/{type}} issues a document (number, record entry) or
 * answers it as issued before; {@code GET …/{type}.pdf} only reads an issued one, so that no link or cross-site
 * request issues an official document. Only cases of the caller's districts exist for the caller, and only case
 * workers (handlers, chiefs, legal reviewers, leaders) issue documents.
 */
@RestController
@RequestMapping({"/api/cases/{caseNo}/documents", "/dashboard/api/cases/{caseNo}/documents"})
class DocumentController {

  static final int MAX_SUBJECT = 64;

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

  /** Every document of the case's lifecycle, per party: issued, issuable now, or not ready and why. */
  @GetMapping("/available")
  List<AvailableDocument> available(@PathVariable String caseNo) {
    return documents.available(cases.visible(caseNo));
  }

  /**
   * Issues the document as the case stands now, or answers it as issued before.
   *
   * @param party the party's number (1, 2, …) for a document served on one party of a penalty case
   */
  @PostMapping("/{type}")
  ResponseEntity<byte[]> issue(@PathVariable String caseNo, @PathVariable String type,
                               @RequestParam(required = false) String party) {
    CaseSummary summary = cases.visible(caseNo);
    AuthenticatedUser user = currentUser.get();
    if (Roles.WORK_GROUPS.stream().noneMatch(user::hasRole)) {
      throw new ForbiddenException("只有办案人员可以出具执法文书");
    }
    return pdf(documents.issue(summary, DocumentType.ofSlug(type), partyNumber(party), user.userId()));
  }

  /**
   * An issued document: the one of {@code subject} ({@code round-1}, {@code party-2-review-1}, as listed), else the
   * newest of the type (for the party, when given). A document not issued yet is a 404; reading never issues.
   */
  @GetMapping("/{type}.pdf")
  ResponseEntity<byte[]> read(@PathVariable String caseNo, @PathVariable String type,
                              @RequestParam(required = false) String party,
                              @RequestParam(required = false) String subject) {
    CaseSummary summary = cases.visible(caseNo);
    if (subject != null && subject.length() > MAX_SUBJECT) {
      throw new InvalidInputException("文书对象（subject）不能超过" + MAX_SUBJECT + "个字符");
    }
    return pdf(documents.read(summary, DocumentType.ofSlug(type), partyNumber(party), subject));
  }

  private static ResponseEntity<byte[]> pdf(EnforcementDocuments.Pdf pdf) {
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
