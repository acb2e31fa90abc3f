package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the official years shipped under {@code calendar/*.json}: the seed of the published calendar. */
final class HolidayDataLoader {

  static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private HolidayDataLoader() {
  }

  static Collection<HolidayYear> load() {
    Map<Integer, HolidayYear> years = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
        try (InputStream in = resource.getInputStream()) {
          HolidayYear year = JSON.readValue(in, HolidayYear.class);
          years.put(year.year(), year);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("holiday data cannot be read", e);
    }
    return years.values();
  }
}
