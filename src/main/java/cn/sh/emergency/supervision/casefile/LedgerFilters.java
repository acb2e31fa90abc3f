package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Street;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The ledger's query parameters, shared by the ledger page and its export: {@code lifecycle, district, street,
 * sector, stage, overdue, listed, closed, from, to} (dates of opening, inclusive).
 */
public record LedgerFilters(String lifecycle, String district, String street, String sector, String stage, Boolean overdue,
                     Boolean listed, Boolean closed, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                     @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

  /** The query as the user may run it: only the user's districts, every filter checked (400 in Chinese). */
  public CaseQuery toQuery(AuthenticatedUser user) {
    if (district != null && !district.isBlank()) {
      District.of(district);
    }
    if (sector != null && !sector.isBlank()) {
      Sector.of(sector);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("起始日期不能晚于截止日期：" + from + " > " + to);
    }
    List<String> visible = user.isAdministrator() ? null : user.tenantIds();
    return new CaseQuery(blankToNull(lifecycle), blankToNull(district),
        street == null || street.isBlank() ? null : Street.of(street).name(), blankToNull(sector),
        blankToNull(stage), overdue, listed, closed, from, to, visible);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
