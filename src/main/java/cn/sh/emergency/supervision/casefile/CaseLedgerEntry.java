package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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
  private Instant deadlineAt;
  private Instant closedAt;
  private boolean overdue;
  private boolean listed;
  private Boolean onTime;
  private int urgeCount;
  private int recordCount;
  private String lastRecordHash;

  protected CaseLedgerEntry() {
  }

  CaseLedgerEntry(String caseNo, OpenCase open) {
    this.caseNo = caseNo;
    this.caseType = open.type().name();
    this.lifecycle = open.lifecycle();
    this.district = open.district().code();
    this.processInstanceId = open.processInstanceId();
    this.enterpriseName = open.enterpriseName();
    this.enterpriseUscc = open.enterpriseUscc() == null ? null : open.enterpriseUscc().value();
    this.sector = open.sector() == null ? null : open.sector().name();
    this.openedAt = open.openedAt();
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

  void deadline(Instant deadlineAt) {
    this.deadlineAt = deadlineAt;
    this.overdue = false;
  }

  void grade(String grade) {
    this.grade = grade;
  }

  void overdue() {
    this.overdue = true;
  }

  void listed(boolean listed) {
    this.listed = listed;
  }

  void onTime(boolean onTime) {
    this.onTime = onTime;
  }

  void urged() {
    this.urgeCount++;
  }

  void close(Instant at) {
    this.closedAt = at;
    this.stage = null;
    this.stageName = "已结案";
  }

  String caseNo() {
    return caseNo;
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
        sector, stage, stageName, grade, openedAt, deadlineAt, closedAt, overdue, listed, onTime, urgeCount,
        recordCount);
  }
}
