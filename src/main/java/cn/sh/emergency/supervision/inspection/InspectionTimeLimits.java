package cn.sh.emergency.supervision.inspection;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Time limits of enforcement inspections ({@code supervision.inspection.*}); BPMN expressions use it as
 * {@code inspectionTimeLimits}. Local practice, kept configurable.
 */
@Component("inspectionTimeLimits")
@ConfigurationProperties("supervision.inspection")
@Validated
public class InspectionTimeLimits {

  /** A 检查码 is valid this many days from the planned day; an inspection not held by then is void. */
  @Min(1)
  private int codeValidDays = 30;

  public int getCodeValidDays() {
    return codeValidDays;
  }

  public void setCodeValidDays(int codeValidDays) {
    this.codeValidDays = codeValidDays;
  }
}
