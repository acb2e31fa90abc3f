package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the holiday files shipped under {@code calendar/} and the optional override file. */
final class HolidayDataLoader {

  private static final Logger LOG = LoggerFactory.getLogger(HolidayDataLoader.class);
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private HolidayDataLoader() {
  }

  static Collection<HolidayYear> load(String overrideFile) {
    Map<Integer, HolidayYear> years = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
        try (InputStream in = resource.getInputStream()) {
          HolidayYear year = JSON.readValue(in, HolidayYear.class);
          years.put(year.year(), year);
        }
      }
      if (overrideFile != null && !overrideFile.isBlank()) {
        HolidayYear year = JSON.readValue(Files.readAllBytes(Path.of(overrideFile)), HolidayYear.class);
        years.put(year.year(), year);
        LOG.info("Holiday data for {} read from {}", year.year(), overrideFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("holiday data cannot be read", e);
    }
    if (years.isEmpty()) {
      throw new IllegalStateException("no holiday data found under classpath:calendar/");
    }
    LOG.info("Statutory calendar covers the years {}", years.keySet());
    return years.values();
  }
}
