package cn.sh.emergency.supervision.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A unit of a plan: how often it is to be inspected, and why it is in the 重点检查范围 (none: it is not). */
public record PlanEntryView(String uscc, String enterpriseName, RiskGrade riskGrade, CreditGrade creditGrade,
                            PlanCategory category, int timesPlanned, List<String> keyReasons) {

  @JsonProperty
  public String categoryName() {
    return category.chineseName();
  }

  public boolean key() {
    return !keyReasons.isEmpty();
  }
}
