package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An inspection plan of a district: its scope, its totals as composed, when it was approved and published. */
@Entity
@Table(name = "inspection_plan")
class InspectionPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private String district;
  @Enumerated(EnumType.STRING)
  private PlanKind kind;
  private String title;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  /** Comma-separated sector codes; null: every sector. */
  private String sectors;
  @Enumerated(EnumType.STRING)
  private PlanStatus status;
  private int units;
  private int keyUnits;
  private int plannedInspections;
  private Instant approvedAt;
  private LocalDate publishedOn;

  protected InspectionPlan() {
  }

  InspectionPlan(String caseNo, String district) {
    this.caseNo = caseNo;
    this.district = district;
    this.status = PlanStatus.DRAFT;
  }

  void scope(PlanKind kind, String title, LocalDate periodFrom, LocalDate periodTo, String sectors) {
    this.kind = kind;
    this.title = title;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.sectors = sectors;
  }

  void totals(int units, int keyUnits, int plannedInspections) {
    this.units = units;
    this.keyUnits = keyUnits;
    this.plannedInspections = plannedInspections;
  }

  void approved(Instant at) {
    this.status = PlanStatus.APPROVED;
    this.approvedAt = at;
  }

  void published(LocalDate on) {
    this.status = PlanStatus.PUBLISHED;
    this.publishedOn = on;
  }

  InspectionPlanView view() {
    return new InspectionPlanView(caseNo, district, kind, title, periodFrom, periodTo,
        sectors == null ? java.util.List.of() : java.util.List.of(sectors.split(",")), status, units, keyUnits,
        plannedInspections, approvedAt, publishedOn);
  }
}
