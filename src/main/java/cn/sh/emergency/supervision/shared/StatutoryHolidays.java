package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statutory holidays of 全国年节及纪念日放假办法 (the revisions in {@code calendar/statutory/holidays.json}) laid on
 * a given year: what a year without the State Council's notice is provisionally computed from. Lunar months are named
 * by ICU's Chinese calendar and start on the new moon of {@link NewMoons}; 清明 comes from {@link SolarTerms}; there
 * are no make-up days. Each provisional year is computed
 * once per start and said once in the log.
 */
public final class StatutoryHolidays {

  private static final Logger LOG = LoggerFactory.getLogger(StatutoryHolidays.class);
  private static final String RULES = "calendar/statutory/holidays.json";
  private static final StatutoryHolidays SHIPPED = new StatutoryHolidays(readRules());

  private final List<Revision> revisions;
  private final Map<Integer, HolidayYear> computed = new ConcurrentHashMap<>();

  StatutoryHolidays(List<Revision> revisions) {
    this.revisions = revisions.stream().sorted(Comparator.comparingInt(Revision::validFrom)).toList();
  }

  /** The rules shipped with the application. */
  public static StatutoryHolidays shipped() {
    return SHIPPED;
  }

  /** The first year the rules reach. */
  public int firstYear() {
    return revisions.get(0).validFrom();
  }

  /** The revision in force in a year, empty before the first one. */
  public Optional<Revision> revision(int year) {
    Revision inForce = null;
    for (Revision revision : revisions) {
      if (revision.validFrom() <= year) {
        inForce = revision;
      }
    }
    return Optional.ofNullable(inForce);
  }

  /** The year computed from the statutory holidays alone: the holiday days themselves, no 调休. */
  public HolidayYear provisional(int year) {
    return computed.computeIfAbsent(year, this::compute);
  }

  private HolidayYear compute(int year) {
    Revision revision = revision(year).orElseThrow(() -> new CalendarNotCoveredException(year));
    LunarDays lunar = new LunarDays(year);
    List<HolidayYear.Block> blocks = new ArrayList<>();
    for (Holiday holiday : revision.holidays()) {
      LocalDate first = holiday.firstDay(year, lunar);
      blocks.add(new HolidayYear.Block(holiday.name(), first, first.plusDays(holiday.days() - 1L)));
    }
    LOG.warn("{}年尚无国务院节假日安排：该年法定期限按《{}》暂定计算（不含调休），标为暂定，公布正式安排后自动校正",
        year, revision.title());
    return new HolidayYear(year, null, null, blocks, List.of());
  }

  private static List<Revision> readRules() {
    ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    try (InputStream in = StatutoryHolidays.class.getClassLoader().getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException("statutory holiday rules missing: classpath:" + RULES);
      }
      return json.readValue(in, Rules.class).revisions();
    } catch (IOException e) {
      throw new UncheckedIOException("statutory holiday rules cannot be read", e);
    }
  }

  record Rules(List<Revision> revisions) {
  }

  /** One revision of 全国年节及纪念日放假办法 and the year it applies from. */
  public record Revision(int validFrom, String title, List<Holiday> holidays) {
  }

  /**
   * A statutory holiday: its first day by a Gregorian date, a lunar date (non-leap month) or the 清明 solar term,
   * moved by {@code offset} days (春节 from 除夕: the day before 正月初一), lasting {@code days}.
   */
  public record Holiday(String name, Rule rule, int month, int day, int offset, int days) {

    LocalDate firstDay(int year, LunarDays lunar) {
      LocalDate base = switch (rule) {
        case GREGORIAN -> LocalDate.of(year, month, day);
        case LUNAR -> lunar.dayOf(month, day);
        case QINGMING -> SolarTerms.qingming(year);
      };
      return base.plusDays(offset);
    }
  }

  public enum Rule { GREGORIAN, LUNAR, QINGMING }

  /** The Gregorian days of one year by their Chinese calendar month and day (leap months left out). */
  static final class LunarDays {

    private final int year;
    private final Map<Integer, LocalDate> days = new ConcurrentHashMap<>();

    LunarDays(int year) {
      this.year = year;
      ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone(BureauTime.ZONE.getId()));
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        chinese.setTime(Date.from(d.atTime(12, 0).atZone(BureauTime.ZONE).toInstant()));
        if (chinese.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
          days.putIfAbsent(key(chinese.get(ChineseCalendar.MONTH) + 1, chinese.get(ChineseCalendar.DAY_OF_MONTH)), d);
        }
      }
    }

    /** ICU names the month; the precise new moon gives the day it starts on. */
    LocalDate dayOf(int month, int day) {
      LocalDate monthStart = days.get(key(month, 1));
      if (monthStart == null) {
        throw new IllegalStateException("lunar month " + month + " does not start in " + year);
      }
      return NewMoons.dayNear(monthStart).plusDays(day - 1L);
    }

    private static int key(int month, int day) {
      return month * 100 + day;
    }
  }
}
