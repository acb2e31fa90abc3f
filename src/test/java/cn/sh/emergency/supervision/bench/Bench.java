package cn.sh.emergency.supervision.bench;

import cn.sh.emergency.supervision.shared.District;
import java.util.Arrays;
import java.util.List;

/** What every benchmark shares: its JUnit tag and its settings, given as {@code -Dbench.*} system properties. */
final class Bench {

  /** JUnit tag of the benchmarks; only {@code ./mvnw -Pbench verify} runs them. */
  static final String TAG = "bench";

  /** Engine time of every benchmark: a working day whose deadlines stay within the calendar's years. */
  static final String ENGINE_TIME = "2026-03-02T09:00:00";

  /** The 16 districts of Shanghai (the city-level office opens no cases of its own here). */
  static final List<String> DISTRICTS = Arrays.stream(District.values()).filter(d -> d != District.CITY)
      .map(District::code).toList();

  private Bench() {
  }

  /** The district of the i-th batch or client, round-robin. */
  static String district(int i) {
    return DISTRICTS.get(i % DISTRICTS.size());
  }

  static int setting(String name, int fallback) {
    return Integer.getInteger("bench." + name, fallback);
  }
}
