package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.LedgerScope;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Street;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The filters of the statistics endpoints ({@code district, street, sector, from, to}) checked for a user: the period
 * defaults to this year up to today, may span at most 10 years, and a district user may only ask for their districts.
 */
public record StatisticsScope(LocalDate from, LocalDate to, String district, String street, String sector) {

  static final int MAX_YEARS = 10;

  public static StatisticsScope of(LocalDate from, LocalDate to, String district, String street, String sector,
                                   Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.withDayOfYear(1) : from;
    if (start.isAfter(end)) {
      throw new InvalidInputException("起始日期不能晚于截止日期：" + start + " > " + end);
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      throw new InvalidInputException("统计期间不能超过" + MAX_YEARS + "年");
    }
    return new StatisticsScope(start, end, blank(district) ? null : District.of(district).code(),
        blank(street) ? null : Street.of(street).name(), blank(sector) ? null : Sector.of(sector).name());
  }

  /** The ledger scope the user may count: only their districts (all for administrators). */
  public LedgerScope ledgerScope(AuthenticatedUser user, Instant asOf) {
    if (district != null && !user.canSee(district)) {
      throw new AccessDeniedException("无权查看该区的统计数据：" + district);
    }
    List<String> visible = user.isAdministrator() ? null : user.tenantIds();
    return new LedgerScope(from, to, district, street, sector, visible, asOf);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
