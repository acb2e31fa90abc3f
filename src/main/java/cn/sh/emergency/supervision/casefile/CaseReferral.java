package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A referral from one case to another lifecycle; open until a target case is linked. */
@Entity
@Table(name = "case_referral")
class CaseReferral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String kind;
  private String reason;
  private String referredBy;
  private Instant referredAt;
  private String targetCaseNo;
  private boolean overdueUncorrected;

  protected CaseReferral() {
  }

  CaseReferral(String caseNo, ReferralKind kind, String reason, String referredBy, Instant referredAt,
               boolean overdueUncorrected) {
    this.overdueUncorrected = overdueUncorrected;
    this.caseNo = caseNo;
    this.kind = kind.name();
    this.reason = reason;
    this.referredBy = referredBy;
    this.referredAt = referredAt;
  }

  boolean isOpen() {
    return targetCaseNo == null;
  }

  String caseNo() {
    return caseNo;
  }

  String kind() {
    return kind;
  }

  void accept(String targetCaseNo) {
    this.targetCaseNo = targetCaseNo;
  }

  ReferralView view() {
    return new ReferralView(id, caseNo, kind, reason, referredBy, referredAt, targetCaseNo, overdueUncorrected);
  }
}
