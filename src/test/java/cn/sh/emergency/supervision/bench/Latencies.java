package cn.sh.emergency.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.Http;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Durations of one kind of operation, recorded from any thread; percentiles by the nearest-rank method. */
final class Latencies {

  private final List<Long> nanos = new ArrayList<>();

  synchronized void record(long durationNanos) {
    nanos.add(durationNanos);
  }

  /** Runs the call and records how long it took. */
  <T> T time(Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    record(System.nanoTime() - start);
    return result;
  }

  /** Times an HTTP call that must answer 200, and records it unless {@code into} is null (a warm-up call). */
  static void timeOk(Latencies into, Supplier<Http.Response> call) {
    long start = System.nanoTime();
    Http.Response response = call.get();
    long took = System.nanoTime() - start;
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    if (into != null) {
      into.record(took);
    }
  }

  synchronized int count() {
    return nanos.size();
  }

  /** The p-th percentile (0 < p ≤ 100) in milliseconds. */
  synchronized double percentileMillis(double p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  /** p50 / p95 / p99 as a table cell. */
  String summary() {
    return "%.1f / %.1f / %.1f".formatted(percentileMillis(50), percentileMillis(95), percentileMillis(99));
  }
}
