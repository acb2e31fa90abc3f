package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of a plan: its grades when the plan was composed, how often it is to be inspected, why it is a key unit. */
@Entity
@Table(name = "inspection_plan_entry")
class PlanEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String planCaseNo;
  private String uscc;
  private String enterpriseName;
  @Enumerated(EnumType.STRING)
  private RiskGrade riskGrade;
  @Enumerated(EnumType.STRING)
  private CreditGrade creditGrade;
  @Enumerated(EnumType.STRING)
  private PlanCategory category;
  private int timesPlanned;
  private String keyReasons;

  protected PlanEntry() {
  }

  PlanEntry(String planCaseNo, PlanEntryView entry) {
    this.planCaseNo = planCaseNo;
    this.uscc = entry.uscc();
    this.enterpriseName = entry.enterpriseName();
    this.riskGrade = entry.riskGrade();
    this.creditGrade = entry.creditGrade();
    this.category = entry.category();
    this.timesPlanned = entry.timesPlanned();
    this.keyReasons = entry.keyReasons().isEmpty() ? null : String.join("；", entry.keyReasons());
  }

  PlanEntryView view() {
    return new PlanEntryView(uscc, enterpriseName, riskGrade, creditGrade, category, timesPlanned,
        keyReasons == null ? java.util.List.of() : java.util.List.of(keyReasons.split("；")));
  }
}
