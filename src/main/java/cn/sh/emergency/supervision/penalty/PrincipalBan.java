package cn.sh.emergency.supervision.penalty;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A principal's ban from leading a unit (任职限制, 安全生产法 art. 94 para. 3), on one ground, from one case. */
@Entity
@Table(name = "principal_ban")
class PrincipalBan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long partyId;
  private String caseNo;
  private String personName;
  private String idNumber;
  @Enumerated(EnumType.STRING)
  private BanBasis basis;
  private String basisDocument;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String sector;
  private String recordedBy;
  private Instant recordedAt;

  protected PrincipalBan() {
  }

  PrincipalBan(PartyView party, BanBasis basis) {
    this.partyId = party.id();
    this.caseNo = party.caseNo();
    this.personName = party.name();
    this.idNumber = party.idNumber();
    this.basis = basis;
  }

  /** (Re)states the ban: its document, first day and, for a lifelong one, the industry. */
  void state(String basisDocument, LocalDate startsOn, String sector, String actor, Instant at) {
    this.basisDocument = basisDocument;
    this.startsOn = startsOn;
    this.endsOn = basis.lifelong() ? null : startsOn.plusYears(basis.years()).minusDays(1);
    this.sector = basis.lifelong() ? sector : null;
    this.recordedBy = actor;
    this.recordedAt = at;
  }

  PrincipalBanView view() {
    return new PrincipalBanView(caseNo, personName, idNumber, basis, basisDocument, startsOn, endsOn, sector,
        recordedBy, recordedAt);
  }
}
