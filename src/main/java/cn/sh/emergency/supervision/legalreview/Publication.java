package cn.sh.emergency.supervision.legalreview;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A decision as published (行政执法公示); only public fields, names masked. */
@Entity
@Table(name = "publication")
class Publication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String decisionNo;
  private String district;
  private String unitName;
  private String personsMasked;
  private String violation;
  private String legalBasis;
  private String penalty;
  private LocalDate decisionDate;
  private Instant publicationDue;
  private Instant publishedAt;
  private boolean late;
  private Instant withdrawnAt;
  private String withdrawalReason;

  protected Publication() {
  }

  Publication(DecisionForPublication decision, String personsMasked, Instant publicationDue, Instant publishedAt) {
    this.caseNo = decision.caseNo();
    this.decisionNo = decision.decisionNo();
    this.district = decision.district();
    this.unitName = decision.unitName();
    this.personsMasked = personsMasked;
    this.violation = decision.violation();
    this.legalBasis = decision.legalBasis();
    this.penalty = decision.penalty();
    this.decisionDate = decision.decisionDate();
    this.publicationDue = publicationDue;
    this.publishedAt = publishedAt;
    this.late = publishedAt.isAfter(publicationDue);
  }

  void withdraw(Instant at, String reason) {
    this.withdrawnAt = at;
    this.withdrawalReason = reason;
  }

  boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  String caseNo() {
    return caseNo;
  }

  String district() {
    return district;
  }

  PublicDecision publicView() {
    return new PublicDecision(decisionNo, districtName(), unitName, personsMasked, violation, legalBasis, penalty,
        decisionDate);
  }

  PublicationView view() {
    return new PublicationView(decisionNo, caseNo, district, unitName, personsMasked, decisionDate, publicationDue,
        publishedAt, late, withdrawnAt, withdrawalReason);
  }

  private String districtName() {
    return cn.sh.emergency.supervision.shared.District.find(district).map(d -> d.chineseName()).orElse(district);
  }
}
