package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An enforcement document issued for a case; never changed once issued. */
@Entity
@Table(name = "case_document")
class CaseDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String documentType;
  private String subject;
  private String title;
  private String documentNo;
  private String sha256;
  private long sizeBytes;
  private LocalDate issuedOn;
  private String issuedBy;
  private Instant issuedAt;

  protected CaseDocument() {
  }

  CaseDocument(DocumentIssue issue, String documentNo, String sha256, long sizeBytes, LocalDate issuedOn) {
    this.caseNo = issue.caseNo();
    this.documentType = issue.type();
    this.subject = issue.subject();
    this.title = issue.title();
    this.documentNo = documentNo;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.issuedOn = issuedOn;
    this.issuedBy = issue.actor();
    this.issuedAt = issue.issuedAt();
  }

  String sha256() {
    return sha256;
  }

  IssuedDocument view() {
    return new IssuedDocument(caseNo, documentType, subject, title, documentNo, sha256, sizeBytes, issuedOn, issuedBy,
        issuedAt);
  }
}
