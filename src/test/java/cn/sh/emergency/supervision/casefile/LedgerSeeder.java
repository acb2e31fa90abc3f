package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fills the ledger with many realistic cases for measuring the ledger page, the KPIs and the export: the four
 * lifecycles in the proportions of a district's year, every district, six streets each, every sector, opened over
 * one year, with the KPI facts of each lifecycle filled consistently. Seeded cases are numbered from 900000 up
 * ({@code HZ-JINGAN-2025-900001}), a range real numbering never reaches, so {@link #deleteSeeded} removes exactly
 * them. Deterministic for a given seed.
 *
 * <p>By hand: {@code java -cp … cn.sh.emergency.supervision.casefile.LedgerSeeder jdbc:postgresql://localhost/db
 * postgres "" 100000 2025}.
 */
public final class LedgerSeeder {

  public static final int FIRST_SEQ = 900_000;
  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private static final int BATCH = 1_000;
  private static final List<String> SECTORS = Arrays.stream(Sector.values()).map(Enum::name).toList();
  private static final List<District> DISTRICTS = Arrays.stream(District.values())
      .filter(d -> d != District.CITY).toList();
  private static final String INSERT = """
      insert into case_ledger (case_no, case_type, lifecycle, district, process_instance_id, enterprise_name,
        enterprise_uscc, sector, street, stage, stage_name, grade, outcome, opened_at, opened_on, deadline_at,
        closed_at, overdue, listed, listed_at, on_time, urge_count, record_count, last_record_hash, escalated,
        reported_on_time, evaluation_due_at, evaluated_at, persons_penalised, fine_decided_yuan, fine_collected_yuan,
        publications, publications_late)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private LedgerSeeder() {
  }

  /** Inserts {@code count} cases opened in {@code year}; returns how many were inserted. */
  public static int seed(Connection connection, int count, int year, long seed) throws SQLException {
    Random random = new Random(seed);
    int[] next = new int[DISTRICTS.size() * 4];
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < count; i++) {
        int d = random.nextInt(DISTRICTS.size());
        Kind kind = Kind.pick(random.nextInt(100));
        int seq = FIRST_SEQ + ++next[d * 4 + kind.ordinal()];
        bind(insert, random, DISTRICTS.get(d), kind, year, seq);
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return count;
  }

  /** Removes every seeded case (and nothing else). */
  public static int deleteSeeded(Connection connection) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "delete from case_ledger where process_instance_id like 'seed-%'")) {
      return delete.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Random random, District district, Kind kind, int year, int seq)
      throws SQLException {
    String caseNo = kind.type + "-" + district.name() + "-" + year + "-" + seq;
    LocalDate openedOn = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    Instant openedAt = openedOn.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(SHANGHAI).toInstant();
    Facts f = kind.facts(random, openedAt);
    int i = 1;
    s.setString(i++, caseNo);
    s.setString(i++, kind.type);
    s.setString(i++, kind.lifecycle);
    s.setString(i++, district.code());
    s.setString(i++, "seed-" + caseNo);
    s.setString(i++, district.chineseName() + "某企业" + random.nextInt(2_000) + "有限公司");
    s.setString(i++, null);
    s.setString(i++, SECTORS.get(random.nextInt(SECTORS.size())));
    s.setString(i++, district.chineseName() + "第" + (1 + random.nextInt(6)) + "街镇");
    s.setString(i++, f.closedAt == null ? f.stage : null);
    s.setString(i++, f.closedAt == null ? f.stageName : "已结案");
    s.setString(i++, f.grade);
    s.setString(i++, f.outcome);
    s.setTimestamp(i++, Timestamp.from(openedAt));
    s.setObject(i++, openedOn);
    s.setTimestamp(i++, f.deadlineAt == null ? null : Timestamp.from(f.deadlineAt));
    s.setTimestamp(i++, f.closedAt == null ? null : Timestamp.from(f.closedAt));
    s.setBoolean(i++, f.overdue);
    s.setBoolean(i++, f.listedAt != null && f.closedAt == null);
    s.setTimestamp(i++, f.listedAt == null ? null : Timestamp.from(f.listedAt));
    if (f.onTime == null) {
      s.setNull(i++, Types.BOOLEAN);
    } else {
      s.setBoolean(i++, f.onTime);
    }
    s.setInt(i++, f.overdue ? 1 : 0);
    s.setInt(i++, 0);
    s.setString(i++, RecordHasher.GENESIS);
    s.setBoolean(i++, f.escalated);
    if (f.reportedOnTime == null) {
      s.setNull(i++, Types.BOOLEAN);
    } else {
      s.setBoolean(i++, f.reportedOnTime);
    }
    s.setTimestamp(i++, f.evaluationDueAt == null ? null : Timestamp.from(f.evaluationDueAt));
    s.setTimestamp(i++, f.evaluatedAt == null ? null : Timestamp.from(f.evaluatedAt));
    s.setInt(i++, f.personsPenalised);
    s.setLong(i++, f.fineDecided);
    s.setLong(i++, f.fineCollected);
    s.setInt(i++, f.publications);
    s.setInt(i, f.publicationsLate);
  }

  /** The KPI facts of one seeded case. */
  private static final class Facts {
    String stage;
    String stageName;
    String grade;
    String outcome;
    Instant deadlineAt;
    Instant closedAt;
    boolean overdue;
    Instant listedAt;
    Boolean onTime;
    boolean escalated;
    Boolean reportedOnTime;
    Instant evaluationDueAt;
    Instant evaluatedAt;
    int personsPenalised;
    long fineDecided;
    long fineCollected;
    int publications;
    int publicationsLate;
  }

  private enum Kind {
    HAZARD("HZ", "hazard-closed-loop", 80) {
      @Override
      Facts facts(Random r, Instant opened) {
        Facts f = new Facts();
        int level = r.nextInt(100);
        f.grade = level < 7 ? "UNFOUNDED" : level < 10 ? "MAJOR" : "GENERAL";
        f.deadlineAt = opened.plus(Duration.ofDays(15 + r.nextInt(60)));
        if (f.grade.equals("UNFOUNDED")) {
          f.outcome = "UNFOUNDED";
          f.closedAt = opened.plus(Duration.ofDays(1 + r.nextInt(5)));
          f.deadlineAt = null;
          return f;
        }
        if (f.grade.equals("MAJOR") && r.nextInt(10) < 9) {
          f.listedAt = opened.plus(Duration.ofDays(3));
        }
        if (r.nextInt(1000) < 972) {
          f.outcome = "RECTIFIED";
          f.onTime = r.nextInt(100) < 93;
          f.closedAt = f.onTime ? opened.plus(Duration.ofDays(1 + r.nextInt(14)))
              : f.deadlineAt.plus(Duration.ofDays(1 + r.nextInt(20)));
        } else {
          f.stage = "UserTask_RecordRectification";
          f.stageName = "跟踪整改";
          f.overdue = r.nextInt(5) == 0;
        }
        return f;
      }
    },
    ACCIDENT("AC", "accident-investigation", 3) {
      @Override
      Facts facts(Random r, Instant opened) {
        Facts f = new Facts();
        int grade = r.nextInt(100);
        f.grade = grade < 90 ? "GENERAL" : grade < 98 ? "LARGER" : "MAJOR";
        f.escalated = r.nextInt(10) == 0;
        f.reportedOnTime = r.nextInt(10) != 0;
        f.deadlineAt = opened.plus(Duration.ofDays(60));
        if (r.nextInt(3) > 0) {
          f.evaluationDueAt = opened.plus(Duration.ofDays(120 + 365));
          f.publications = 1;
          if (r.nextBoolean()) {
            f.evaluatedAt = f.evaluationDueAt.minus(Duration.ofDays(10));
            f.outcome = "CLOSED";
            f.closedAt = f.evaluatedAt.plus(Duration.ofDays(5));
            f.publications = 2;
          }
        }
        if (f.closedAt == null) {
          f.stage = "UserTask_Investigate";
          f.stageName = "事故调查";
        }
        return f;
      }
    },
    PENALTY("PN", "dual-penalty", 12) {
      @Override
      Facts facts(Random r, Instant opened) {
        Facts f = new Facts();
        if (r.nextInt(50) == 0) {
          f.outcome = "NOT_REGISTERED";
          f.closedAt = opened.plus(Duration.ofDays(3));
          return f;
        }
        if (r.nextInt(10) < 3) {
          f.grade = "GENERAL";
        }
        f.deadlineAt = opened.plus(Duration.ofDays(90));
        if (r.nextInt(10) < 8) {
          f.personsPenalised = r.nextInt(3);
          f.fineDecided = 10_000L * (1 + r.nextInt(50)) * (1 + f.personsPenalised);
          f.fineCollected = r.nextInt(10) < 8 ? f.fineDecided : f.fineDecided / 2;
          f.publications = 1 + f.personsPenalised;
          f.publicationsLate = r.nextInt(20) == 0 ? 1 : 0;
          f.outcome = "CLOSED";
          f.closedAt = opened.plus(Duration.ofDays(30 + r.nextInt(60)));
        } else {
          f.stage = "UserTask_Investigate";
          f.stageName = "调查取证";
          f.overdue = r.nextInt(10) == 0;
        }
        return f;
      }
    },
    LEGAL_REVIEW("LR", "legal-review", 5) {
      @Override
      Facts facts(Random r, Instant opened) {
        Facts f = new Facts();
        f.deadlineAt = opened.plus(Duration.ofDays(10));
        f.outcome = r.nextInt(10) == 0 ? "REJECTED" : "APPROVED";
        f.closedAt = opened.plus(Duration.ofDays(1 + r.nextInt(7)));
        return f;
      }
    };

    final String type;
    final String lifecycle;
    final int percent;

    Kind(String type, String lifecycle, int percent) {
      this.type = type;
      this.lifecycle = lifecycle;
      this.percent = percent;
    }

    abstract Facts facts(Random random, Instant opened);

    static Kind pick(int percentile) {
      int cumulative = 0;
      for (Kind kind : values()) {
        cumulative += kind.percent;
        if (percentile < cumulative) {
          return kind;
        }
      }
      return HAZARD;
    }
  }

  /** {@code LedgerSeeder <jdbc-url> <user> <password> [count=100000] [year=2025]}. */
  public static void main(String[] args) throws SQLException {
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    int year = args.length > 4 ? Integer.parseInt(args[4]) : 2025;
    try (Connection connection = DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "")) {
      long started = System.nanoTime();
      seed(connection, count, year, 20_260_101L);
      System.out.printf("seeded %d cases in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }
  }
}
