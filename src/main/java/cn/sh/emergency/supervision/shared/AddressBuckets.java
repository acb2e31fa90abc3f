package cn.sh.emergency.supervision.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code tokens} that refill evenly over {@code window}; a wait for a token is
 * given in whole seconds. What takes a token and
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

  /** The seconds the address must wait for a token, if its bucket is empty; takes nothing. */
  public OptionalLong secondsToWait(String address) {
    Bucket bucket = buckets.get(address);
    if (bucket == null || bucket.getAvailableTokens() > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(wholeSeconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
  }

  /** Takes a token if there is one. */
  public void take(String address) {
    bucket(address).tryConsume(1);
  }

  /** Takes a token, or says how many seconds the address must wait for one. */
  public OptionalLong tryTake(String address) {
    ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(wholeSeconds(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(String address) {
    if (buckets.size() >= ADDRESSES_KEPT) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= tokens);
    }
    return buckets.computeIfAbsent(address, a -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(tokens).refillGreedy(tokens, window).build())
        .build());
  }

  /** A wait in whole seconds, as {@code Retry-After} and the messages give it: rounded up, at least one. */
  static long wholeSeconds(long nanos) {
    long second = Duration.ofSeconds(1).toNanos();
    return Math.max(1, (nanos + second - 1) / second);
  }
}
