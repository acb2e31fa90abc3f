package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.penalty.Investigators;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An enforcement inspection of a case: its 检查码, officers, what was found, and the unit's evaluation. */
@Entity
@Table(name = "inspection")
class Inspection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String code;
  /** The plan the inspection follows ({@link InspectionBasis#PLANNED}), if any. */
  private String planCaseNo;
  /** The 双随机 draw that opened it ({@link InspectionBasis#RANDOM}), if any. */
  private String drawNo;
  private String district;
  private String enterpriseUscc;
  private String enterpriseName;
  @Enumerated(EnumType.STRING)
  private InspectionBasis basis;
  private String basisReason;
  private LocalDate plannedOn;
  private LocalDate validUntil;
  /** JSON list of the officers with their certificate numbers as they were when the code was issued. */
  private String officers;
  @Enumerated(EnumType.STRING)
  private InspectionStatus status;
  private Instant codedAt;
  private Instant startedAt;
  private Instant endedAt;
  @Enumerated(EnumType.STRING)
  private InspectionResult result;
  private int findings;
  @Enumerated(EnumType.STRING)
  private EvaluationRating evaluation;
  private String evaluationComment;
  private Instant evaluatedAt;

  protected Inspection() {
  }

  Inspection(CodeApplication application, String code, LocalDate validUntil, String officersJson, Instant at) {
    this.caseNo = application.caseNo();
    this.code = code;
    this.planCaseNo = application.planCaseNo();
    this.drawNo = application.drawNo();
    this.district = application.district();
    this.enterpriseUscc = application.enterpriseUscc();
    this.enterpriseName = application.enterpriseName();
    this.basis = application.basis();
    this.basisReason = application.basisReason();
    this.plannedOn = application.plannedOn();
    this.validUntil = validUntil;
    this.officers = officersJson;
    this.status = InspectionStatus.CODED;
    this.codedAt = at;
  }

  void inspected(Instant startedAt, Instant endedAt, InspectionResult result) {
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.result = result;
    this.status = InspectionStatus.INSPECTED;
  }

  int findingRecorded() {
    return ++findings;
  }

  void voided() {
    this.status = InspectionStatus.VOIDED;
  }

  void evaluated(EvaluationRating rating, String comment, Instant at) {
    this.evaluation = rating;
    this.evaluationComment = comment;
    this.evaluatedAt = at;
  }

  String caseNo() {
    return caseNo;
  }

  InspectionStatus status() {
    return status;
  }

  EvaluationRating evaluation() {
    return evaluation;
  }

  InspectionView view() {
    return new InspectionView(caseNo, code, planCaseNo, drawNo, district, enterpriseUscc, enterpriseName, basis, basisReason,
        plannedOn, validUntil, Investigators.fromJson(officers), status, codedAt, startedAt, endedAt, result, findings,
        evaluation, evaluationComment, evaluatedAt);
  }
}
