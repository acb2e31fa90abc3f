package cn.sh.emergency.supervision.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An inspection plan as case workers see it. {@code sectors} empty: every sector. */
public record InspectionPlanView(String caseNo, String district, PlanKind kind, String title, LocalDate periodFrom,
                                 LocalDate periodTo, List<String> sectors, PlanStatus status, int units, int keyUnits,
                                 int plannedInspections, Instant approvedAt, LocalDate publishedOn) {

  @JsonProperty
  public String kindName() {
    return kind == null ? null : kind.chineseName();
  }

  @JsonProperty
  public String statusName() {
    return status.chineseName();
  }

  /** Whether inspections may follow it: approved (published or not yet). */
  public boolean inForce() {
    return status != PlanStatus.DRAFT;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
  }
}
