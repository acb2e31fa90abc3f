package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the case ledger; also holds the tail of the record chain so appends need no extra query. */
@Entity
@Table(name = "case_ledger")
class CaseLedgerEntry {

  @Id
  @Column(name = "case_no")
  private String caseNo;
  private String caseType;
  private String lifecycle;
  private String district;
  private String processInstanceId;
  private String enterpriseName;
  private String enterpriseUscc;
  private String sector;
  private String stage;
  private String stageName;
  private String grade;
  private Instant openedAt;
  private LocalDate openedOn;
  private String street;
  private String outcome;
  private Instant listedAt;
  private boolean escalated;
  private Boolean reportedOnTime;
  private Instant evaluationDueAt;
  private Instant evaluatedAt;
  private int personsPenalised;
  private long fineDecidedYuan;
  private long fineCollectedYuan;
  private int publications;
  private int publicationsLate;
  /** Problems an enforcement inspection found (检查发现的违法行为). */
  private int findings;
  /** The dead of an accident, the missing counted with them. */
  private int deaths;
  private Instant deadlineAt;
  private boolean deadlineProvisional;
  private Instant closedAt;
  private boolean overdue;
  private boolean listed;
  private Boolean onTime;
  private int urgeCount;
  private Instant occurredAt;
  private String locationKey;
  private String description;
  private int recordCount;
  private String lastRecordHash;

  protected CaseLedgerEntry() {
  }

  CaseLedgerEntry(String caseNo, OpenCase open, LocalDate openedOn) {
    this.caseNo = caseNo;
    this.caseType = open.type().name();
    this.lifecycle = open.lifecycle();
    this.district = open.district().code();
    this.processInstanceId = open.processInstanceId();
    this.enterpriseName = open.enterpriseName();
    this.enterpriseUscc = open.enterpriseUscc() == null ? null : open.enterpriseUscc().value();
    this.sector = open.sector() == null ? null : open.sector().name();
    this.openedAt = open.openedAt();
    this.openedOn = openedOn;
    this.street = open.street();
    this.lastRecordHash = RecordHasher.GENESIS;
  }

  void chainAppended(String hash) {
    this.recordCount++;
    this.lastRecordHash = hash;
  }

  void enterStage(String stage, String stageName) {
    this.stage = stage;
    this.stageName = stageName;
  }

  void deadline(Instant deadlineAt, boolean provisional) {
    this.deadlineAt = deadlineAt;
    this.deadlineProvisional = provisional;
    this.overdue = false;
  }

  /** A deadline recomputed on a newer calendar: the case runs to the corrected one, flagged as it now is. */
  void deadlineCorrected(Instant previous, Instant corrected, boolean provisional) {
    if (previous.equals(deadlineAt)) {
      this.deadlineAt = corrected;
      this.deadlineProvisional = provisional;
    }
    if (previous.equals(evaluationDueAt)) {
      this.evaluationDueAt = corrected;
    }
  }

  String processInstanceId() {
    return processInstanceId;
  }

  void grade(String grade) {
    this.grade = grade;
  }

  void overdue() {
    this.overdue = true;
  }

  /** Listed (挂牌) or delisted (摘牌); the first listing stays on record for the listing rate. */
  void listed(boolean listed, Instant at) {
    this.listed = listed;
    if (listed && listedAt == null) {
      listedAt = at;
    }
  }

  void escalated() {
    this.escalated = true;
  }

  void reportedOnTime(boolean onTime) {
    this.reportedOnTime = onTime;
  }

  void evaluationDue(Instant dueAt) {
    this.evaluationDueAt = dueAt;
  }

  void evaluated(Instant at) {
    this.evaluatedAt = at;
  }

  void fineDecided(long yuan, boolean person) {
    this.fineDecidedYuan += yuan;
    if (person) {
      this.personsPenalised++;
    }
  }

  void fineDecidedAdjusted(long differenceYuan) {
    this.fineDecidedYuan += differenceYuan;
  }

  void fineCollected(long yuan) {
    this.fineCollectedYuan += yuan;
  }

  void published(boolean late) {
    this.publications++;
    if (late) {
      this.publicationsLate++;
    }
  }

  void deaths(int deaths) {
    this.deaths = deaths;
  }

  void findingRecorded() {
    this.findings++;
  }

  void onTime(boolean onTime) {
    this.onTime = onTime;
  }

  void urged() {
    this.urgeCount++;
  }

  void close(Instant at, String outcome) {
    this.closedAt = at;
    this.outcome = outcome;
    this.stage = null;
    this.stageName = "已结案";
  }

  /** What the report said, for comparing later reports with it (the location as {@link ReportMatching#locationKey}). */
  void reported(ReportedFacts facts) {
    this.occurredAt = facts.occurredAt();
    this.locationKey = ReportMatching.locationKey(facts.location());
    this.description = facts.description();
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String locationKey() {
    return locationKey;
  }

  String description() {
    return description;
  }

  String caseNo() {
    return caseNo;
  }

  String enterpriseName() {
    return enterpriseName;
  }

  String enterpriseUscc() {
    return enterpriseUscc;
  }

  String district() {
    return district;
  }

  int recordCount() {
    return recordCount;
  }

  String lastRecordHash() {
    return lastRecordHash;
  }

  boolean isClosed() {
    return closedAt != null;
  }

  CaseSummary summary() {
    return new CaseSummary(caseNo, caseType, lifecycle, district, processInstanceId, enterpriseName, enterpriseUscc,
        sector, street, stage, stageName, grade, outcome, openedAt, deadlineAt, deadlineProvisional, closedAt, overdue, listed, listedAt,
        onTime, escalated, reportedOnTime, evaluationDueAt, evaluatedAt, personsPenalised, fineDecidedYuan,
        fineCollectedYuan, publications, publicationsLate, urgeCount, recordCount, findings);
  }
}
