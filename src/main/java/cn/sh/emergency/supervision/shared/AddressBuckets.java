package cn.sh.emergency.supervision.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code tokens} that refill evenly over {@code window}. What takes a token and
 * what an empty bucket means is the user's business (failed log-ins, anonymous requests). Kept in memory per node;
 * when many addresses are remembered, those whose bucket is full again (idle for a window) are forgotten.
 */
public final class AddressBuckets {

  /** Addresses remembered before the idle ones are forgotten. */
  static final int ADDRESSES_KEPT = 10_000;

  private final long tokens;
  private final Duration window;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public AddressBuckets(long tokens, Duration window) {
    this.tokens = tokens;
    this.window = window;
  }

  /** How long the address must wait for a token, if its bucket is empty; takes nothing. */
  public Optional<Duration> waitFor(String address) {
    Bucket bucket = buckets.get(address);
    if (bucket == null || bucket.getAvailableTokens() > 0) {
      return Optional.empty();
    }
    return Optional.of(atLeastANano(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
  }

  /** Takes a token if there is one. */
  public void take(String address) {
    bucket(address).tryConsume(1);
  }

  /** Takes a token, or says how long the address must wait for one. */
  public Optional<Duration> tryTake(String address) {
    ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : Optional.of(atLeastANano(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(String address) {
    if (buckets.size() >= ADDRESSES_KEPT) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= tokens);
    }
    return buckets.computeIfAbsent(address, a -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(tokens).refillGreedy(tokens, window).build())
        .build());
  }

  private static Duration atLeastANano(long nanos) {
    return Duration.ofNanos(Math.max(nanos, 1));
  }
}
