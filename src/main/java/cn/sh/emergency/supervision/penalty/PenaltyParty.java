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

/** One party of a penalty case with its own decision, service, payment period and conclusion. */
@Entity
@Table(name = "penalty_party")
class PenaltyParty {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private int partyNo;
  @Enumerated(EnumType.STRING)
  private PartyKind kind;
  private String name;
  private String uscc;
  private String idNumber;
  private Long lastYearIncomeYuan;
  private String legalBasisArticle;
  private String legalBasis;
  private Long fineMinYuan;
  private Long fineMaxYuan;
  private Long fineYuan;
  private String decisionNo;
  private LocalDate decidedOn;
  private LocalDate servedOn;
  private LocalDate paymentDueOn;
  @Enumerated(EnumType.STRING)
  private PartyStatus status;
  private Instant concludedAt;

  protected PenaltyParty() {
  }

  PenaltyParty(String caseNo, int partyNo, Party party) {
    this.caseNo = caseNo;
    this.partyNo = partyNo;
    this.kind = party.kind();
    this.name = party.name();
    this.uscc = party.uscc();
    this.idNumber = party.idNumber();
    this.lastYearIncomeYuan = party.lastYearIncomeYuan();
    this.legalBasisArticle = party.legalBasisArticle();
    this.legalBasis = party.legalBasis();
    this.status = PartyStatus.REGISTERED;
  }

  void decide(long fine, Long min, Long max, String number, LocalDate on) {
    this.fineYuan = fine;
    this.fineMinYuan = min;
    this.fineMaxYuan = max;
    this.decisionNo = number;
    this.decidedOn = on;
    this.status = PartyStatus.DECIDED;
  }

  void notPenalised(Instant at) {
    this.status = PartyStatus.NOT_PENALISED;
    this.concludedAt = at;
  }

  void served(LocalDate on, LocalDate paymentDue) {
    this.servedOn = on;
    this.paymentDueOn = paymentDue;
    this.status = PartyStatus.SERVED;
  }

  void changeFine(long fine) {
    this.fineYuan = fine;
  }

  void paymentOverdue() {
    this.status = PartyStatus.OVERDUE;
  }

  void conclude(PartyStatus conclusion, Instant at) {
    this.status = conclusion;
    this.concludedAt = at;
  }

  Long id() {
    return id;
  }

  String caseNo() {
    return caseNo;
  }

  String name() {
    return name;
  }

  PartyKind kind() {
    return kind;
  }

  PartyStatus status() {
    return status;
  }

  Long fineYuan() {
    return fineYuan;
  }

  LocalDate servedOn() {
    return servedOn;
  }

  PartyView view() {
    return new PartyView(id, caseNo, partyNo, kind, name, uscc, idNumber, lastYearIncomeYuan, legalBasisArticle,
        legalBasis, fineMinYuan, fineMaxYuan, fineYuan, decisionNo, decidedOn, servedOn, paymentDueOn, status,
        concludedAt);
  }
}
