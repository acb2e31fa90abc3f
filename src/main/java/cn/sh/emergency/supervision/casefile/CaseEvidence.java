package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One evidence file of a case: what the user uploaded, with the hash that names it in the evidence store. */
@Entity
@Table(name = "case_evidence")
class CaseEvidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String fileName;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private String description;
  private String step;
  private String stepName;
  private String uploadedBy;
  private Instant uploadedAt;

  protected CaseEvidence() {
  }

  CaseEvidence(String caseNo, String fileName, EvidenceStore.Stored stored, String description, EvidenceStep step,
               String uploadedBy, Instant uploadedAt) {
    this.caseNo = caseNo;
    this.fileName = fileName;
    this.contentType = stored.type().contentType();
    this.sizeBytes = stored.size();
    this.sha256 = stored.sha256();
    this.description = description;
    this.step = step == null ? null : step.id();
    this.stepName = step == null ? null : step.name();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long id() {
    return id;
  }

  String sha256() {
    return sha256;
  }

  EvidenceView view() {
    return new EvidenceView(id, caseNo, fileName, contentType, sizeBytes, sha256, description, step, stepName,
        uploadedBy, uploadedAt);
  }
}
