package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report's link to an earlier case it was confirmed not to duplicate (关联案件). */
@Entity
@Table(name = "case_link")
class CaseLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String earlierCaseNo;
  private String confirmedBy;
  private Instant linkedAt;

  protected CaseLink() {
  }

  CaseLink(String caseNo, String earlierCaseNo, String confirmedBy, Instant linkedAt) {
    this.caseNo = caseNo;
    this.earlierCaseNo = earlierCaseNo;
    this.confirmedBy = confirmedBy;
    this.linkedAt = linkedAt;
  }

  String caseNo() {
    return caseNo;
  }

  String earlierCaseNo() {
    return earlierCaseNo;
  }

  String confirmedBy() {
    return confirmedBy;
  }

  Instant linkedAt() {
    return linkedAt;
  }
}
