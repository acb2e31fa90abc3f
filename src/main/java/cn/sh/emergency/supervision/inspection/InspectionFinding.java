package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One problem an inspection found, numbered in its case, and where it was handed over. */
@Entity
@Table(name = "inspection_finding")
class InspectionFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private int seq;
  private String description;
  private String location;
  private String checklistItem;
  @Enumerated(EnumType.STRING)
  private FindingAction action;
  private String hazardCaseNo;
  private Long referralId;
  private String recordedBy;
  private Instant recordedAt;

  protected InspectionFinding() {
  }

  InspectionFinding(String caseNo, int seq, Finding finding, String actor, Instant at) {
    this.caseNo = caseNo;
    this.seq = seq;
    this.description = finding.description();
    this.location = finding.location();
    this.checklistItem = finding.checklistItem();
    this.action = finding.action();
    this.recordedBy = actor;
    this.recordedAt = at;
  }

  void handedOver(String hazardCaseNo, Long referralId) {
    this.hazardCaseNo = hazardCaseNo;
    this.referralId = referralId;
  }

  FindingView view() {
    return new FindingView(seq, description, location, checklistItem, action, hazardCaseNo, referralId, recordedBy,
        recordedAt);
  }
}
