package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The official years in the database ({@code calendar_year}), every version kept; the highest version of a year is in
 * force. The database wins over the shipped files, which only seed the years they cover.
 */
@Repository
public class CalendarYears implements CalendarSource {

  static final String SYSTEM = "system";

  private static final Logger LOG = LoggerFactory.getLogger(CalendarYears.class);
  private static final TypeReference<List<HolidayYear.Block>> BLOCKS = new TypeReference<>() { };
  private static final TypeReference<List<LocalDate>> DAYS = new TypeReference<>() { };
  private static final String COLUMNS =
      "holiday_year, version, title, issued_on, holidays, workdays, origin, published_by, published_at";

  private final JdbcTemplate jdbc;

  public CalendarYears(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long version() {
    Long max = jdbc.queryForObject("select max(id) from calendar_year", Long.class);
    return max == null ? 0 : max;
  }

  @Override
  public Collection<HolidayYear> officialYears() {
    return jdbc.query("select " + COLUMNS + " from calendar_year c where version ="
        + " (select max(version) from calendar_year d where d.holiday_year = c.holiday_year) order by holiday_year", this::row)
        .stream().map(CalendarYearVersion::year).toList();
  }

  /** Every stored version of a year, newest first. */
  public List<CalendarYearVersion> versions(int year) {
    return jdbc.query("select " + COLUMNS + " from calendar_year where holiday_year = ? order by version desc", this::row, year);
  }

  /** Stores a new version of the year and answers it. */
  public CalendarYearVersion publish(HolidayYear year, String publishedBy, Instant publishedAt) {
    Integer latest = jdbc.queryForObject("select max(version) from calendar_year where holiday_year = ?", Integer.class,
        year.year());
    int version = latest == null ? 1 : latest + 1;
    insert(year, version, CalendarYearVersion.Origin.PUBLISHED, publishedBy, publishedAt);
    return new CalendarYearVersion(year, version, CalendarYearVersion.Origin.PUBLISHED, publishedBy, publishedAt);
  }

  /** Stores each shipped year the database does not hold yet (two nodes starting together store it once). */
  void seed(Collection<HolidayYear> shipped) {
    for (HolidayYear year : shipped) {
      Integer stored = jdbc.queryForObject("select count(*) from calendar_year where holiday_year = ?", Integer.class,
          year.year());
      if (stored != null && stored == 0) {
        try {
          insert(year, 1, CalendarYearVersion.Origin.SHIPPED, SYSTEM, Instant.now());
          LOG.info("Official holiday arrangement of {} stored from the shipped file", year.year());
        } catch (DuplicateKeyException stoodAlready) {
          LOG.debug("{} was stored by another node starting at the same time", year.year());
        }
      }
    }
  }

  private void insert(HolidayYear year, int version, CalendarYearVersion.Origin origin, String by, Instant at) {
    try {
      jdbc.update("insert into calendar_year (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          year.year(), version, year.title(), year.issuedOn(),
          HolidayDataLoader.JSON.writeValueAsString(year.holidays()),
          HolidayDataLoader.JSON.writeValueAsString(year.workdays()), origin.name(), by, Timestamp.from(at));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("holiday year cannot be written", e);
    }
  }

  private CalendarYearVersion row(ResultSet rs, int rowNum) throws SQLException {
    try {
      HolidayYear year = new HolidayYear(rs.getInt("holiday_year"), rs.getString("title"),
          rs.getObject("issued_on", LocalDate.class),
          HolidayDataLoader.JSON.readValue(rs.getString("holidays"), BLOCKS),
          HolidayDataLoader.JSON.readValue(rs.getString("workdays"), DAYS));
      return new CalendarYearVersion(year, rs.getInt("version"),
          CalendarYearVersion.Origin.valueOf(rs.getString("origin")), rs.getString("published_by"),
          rs.getTimestamp("published_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored holiday year " + rs.getInt("holiday_year") + " cannot be read", e);
    }
  }
}
