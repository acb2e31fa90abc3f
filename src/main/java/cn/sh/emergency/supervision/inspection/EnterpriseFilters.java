package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Sector;
import java.util.List;

/**
 * The register's query parameters: {@code district, sector, riskGrade} (codes or Chinese names, as a sheet takes
 * them) and {@code keySupervision}; each left out filters nothing, an unknown value is refused (400).
 */
public record EnterpriseFilters(String district, String sector, String riskGrade, Boolean keySupervision) {

  /** The districts to list among those the user may see: all of them, or the one asked for if it is among them. */
  public List<String> districtsAmong(List<String> visible) {
    if (blank(district)) {
      return visible;
    }
    String code = Coded.findTyped(District.class, district)
        .orElseThrow(() -> new InvalidInputException(EnterpriseRules.invalid(EnterpriseColumn.DISTRICT, district,
            District.values()))).code();
    return visible.contains(code) ? List.of(code) : List.of();
  }

  /** The sector's code; null for any. */
  public String sectorCode() {
    return blank(sector) ? null : Coded.findTyped(Sector.class, sector)
        .orElseThrow(() -> new InvalidInputException(EnterpriseRules.invalid(EnterpriseColumn.SECTOR, sector,
            Sector.values()))).code();
  }

  /** The risk grade; null for any. */
  public RiskGrade risk() {
    return blank(riskGrade) ? null : Coded.findTyped(RiskGrade.class, riskGrade)
        .orElseThrow(() -> new InvalidInputException(EnterpriseRules.invalid(EnterpriseColumn.RISK_GRADE, riskGrade,
            RiskGrade.values())));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
