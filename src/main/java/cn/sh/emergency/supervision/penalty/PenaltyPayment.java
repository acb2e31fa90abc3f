package cn.sh.emergency.supervision.penalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A payment received from a party (fine and any surcharge together). */
@Entity
@Table(name = "penalty_payment")
class PenaltyPayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long partyId;
  private long amountYuan;
  private LocalDate paidOn;
  private String receiptNo;
  private String recordedBy;
  private Instant recordedAt;

  protected PenaltyPayment() {
  }

  PenaltyPayment(Long partyId, long amountYuan, LocalDate paidOn, String receiptNo, String recordedBy,
                 Instant recordedAt) {
    this.receiptNo = receiptNo;
    this.partyId = partyId;
    this.amountYuan = amountYuan;
    this.paidOn = paidOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  long amountYuan() {
    return amountYuan;
  }

  PaymentView view() {
    return new PaymentView(id, amountYuan, paidOn, receiptNo, recordedBy, recordedAt);
  }
}
