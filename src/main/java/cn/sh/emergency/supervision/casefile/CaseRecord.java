package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One append-only entry of the full-process record; never updated after insert. */
@Entity
@Table(name = "case_record")
class CaseRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private int seq;
  private String kind;
  private Instant occurredAt;
  private String actor;
  private String activityId;
  private String activityName;
  private String processInstanceId;
  private String outcome;
  private String opinion;
  private String details;
  private String prevHash;
  private String hash;

  protected CaseRecord() {
  }

  CaseRecord(String caseNo, int seq, RecordEntry entry, Instant occurredAt, String details, String prevHash) {
    this.caseNo = caseNo;
    this.seq = seq;
    this.kind = entry.kind().name();
    this.occurredAt = occurredAt;
    this.actor = entry.actor();
    this.activityId = entry.activityId();
    this.activityName = entry.activityName();
    this.processInstanceId = entry.processInstanceId();
    this.outcome = entry.outcome();
    this.opinion = entry.opinion();
    this.details = details;
    this.prevHash = prevHash;
    this.hash = RecordHasher.hash(this);
  }

  Long id() {
    return id;
  }

  String caseNo() {
    return caseNo;
  }

  int seq() {
    return seq;
  }

  String kind() {
    return kind;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String actor() {
    return actor;
  }

  String activityId() {
    return activityId;
  }

  String activityName() {
    return activityName;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  String outcome() {
    return outcome;
  }

  String opinion() {
    return opinion;
  }

  String details() {
    return details;
  }

  String prevHash() {
    return prevHash;
  }

  String hash() {
    return hash;
  }

  RecordView view() {
    return new RecordView(id, seq, kind, occurredAt, actor, activityId, activityName, outcome, opinion, details,
        prevHash, hash);
  }
}
