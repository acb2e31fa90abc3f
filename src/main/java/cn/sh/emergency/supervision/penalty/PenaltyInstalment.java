package cn.sh.emergency.supervision.penalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One instalment of an approved payment plan (延期或者分期缴纳): what is due by which day. */
@Entity
@Table(name = "penalty_instalment")
class PenaltyInstalment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long partyId;
  private int seq;
  private LocalDate dueOn;
  private long amountYuan;

  protected PenaltyInstalment() {
  }

  PenaltyInstalment(Long partyId, int seq, Instalment instalment) {
    this.partyId = partyId;
    this.seq = seq;
    this.dueOn = instalment.dueOn();
    this.amountYuan = instalment.amountYuan();
  }

  Instalment view() {
    return new Instalment(dueOn, amountYuan);
  }
}
