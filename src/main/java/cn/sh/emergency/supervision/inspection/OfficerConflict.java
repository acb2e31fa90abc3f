package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer's conflict of interest with a unit (回避): he is never drawn to inspect it. */
@Entity
@Table(name = "officer_conflict")
class OfficerConflict {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String userId;
  private String uscc;
  private String reason;
  private String declaredBy;
  private Instant declaredAt;

  protected OfficerConflict() {
  }

  OfficerConflict(String userId, String uscc, String reason, String declaredBy, Instant declaredAt) {
    this.userId = userId;
    this.uscc = uscc;
    this.reason = reason;
    this.declaredBy = declaredBy;
    this.declaredAt = declaredAt;
  }

  String userId() {
    return userId;
  }

  ConflictView view() {
    return new ConflictView(userId, uscc, reason, declaredBy, declaredAt);
  }
}
