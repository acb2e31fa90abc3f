package cn.sh.emergency.supervision.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' report, {@code target/bench/report.md}: a header with the machine, then one section per
 * benchmark, each also printed as it is written. The first section of a run starts the file afresh.
 */
final class BenchReport {

  static final Path FILE = Path.of("target", "bench", "report.md");

  private static boolean started;

  private BenchReport() {
  }

  /** Appends a section: a title, then Markdown lines (tables, notes). */
  static synchronized void section(JdbcTemplate database, String title, List<String> lines) {
    List<String> text = new ArrayList<>();
    boolean first = !started;
    started = true;
    if (first) {
      text.addAll(header(database));
    }
    text.add("## " + title);
    text.add("");
    text.addAll(lines);
    text.add("");
    text.forEach(line -> System.out.println("[bench] " + line));
    try {
      Files.createDirectories(FILE.getParent());
      Files.write(FILE, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          first ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Markdown table. */
  static List<String> table(List<String> header, List<List<String>> rows) {
    List<String> lines = new ArrayList<>();
    lines.add("| " + String.join(" | ", header) + " |");
    lines.add("|" + " --- |".repeat(header.size()));
    rows.forEach(row -> lines.add("| " + String.join(" | ", row) + " |"));
    return lines;
  }

  private static List<String> header(JdbcTemplate database) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return List.of(
        "# Benchmark report",
        "",
        "Run " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ". Figures are ratios to a reference "
            + "measured in the same run on the same database; absolute times are this machine's.",
        "",
        "- Machine: %d cores, %.1f GiB, %s %s".formatted(os.getAvailableProcessors(),
            os.getTotalMemorySize() / 1024.0 / 1024 / 1024, os.getName(), os.getVersion()),
        "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
            + ", heap max " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB",
        "- Database: " + database.queryForObject("select version()", String.class),
        "");
  }
}
