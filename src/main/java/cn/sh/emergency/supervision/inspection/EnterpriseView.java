package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * An inspected unit as the register shows it: codes (district {@code jingan}, sector, grades) with their Chinese
 * names, the two flags, and who changed it last and when.
 */
public record EnterpriseView(String uscc, String name, String district, String street, String sector,
                             RiskGrade riskGrade, CreditGrade creditGrade, boolean keySupervision,
                             boolean jointSanction, String updatedBy, Instant updatedAt) {

  /** 静安区 … */
  @JsonProperty
  public String districtName() {
    return Coded.nameOf(District.class, district);
  }

  /** 危险化学品 … */
  @JsonProperty
  public String sectorName() {
    return Coded.nameOf(Sector.class, sector);
  }

  /** 高风险 … */
  @JsonProperty
  public String riskGradeName() {
    return riskGrade.chineseName();
  }

  /** 诚信 … */
  @JsonProperty
  public String creditGradeName() {
    return creditGrade.chineseName();
  }
}
