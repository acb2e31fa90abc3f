package cn.sh.emergency.supervision.identity.process;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed log-ins per client address: each address has a bucket of {@code failures} tries that refills over
 * {@code window}; every failed log-in takes one, and an address with an empty bucket may not try again until it has
 * refilled a try. Only the address is held back — the user it tried stays free to log in from elsewhere, so nobody can
 * lock someone else out by guessing their password (the engine's own growing delay per user still applies, but it
 * never locks a user for good). Kept in memory per node; the buckets of addresses that tried nothing for a while are
 * forgotten.
 */
final class LoginThrottle {

  /** Addresses remembered before the idle ones (full buckets) are forgotten. */
  static final int ADDRESSES_KEPT = 10_000;

  private final int failures;
  private final Duration window;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  LoginThrottle(int failures, Duration window) {
    this.failures = failures;
    this.window = window;
  }

  /** How long the address must wait before it may try to log in again, if it must. */
  Optional<Duration> waitFor(String address) {
    Bucket bucket = buckets.get(address);
    if (bucket == null || bucket.getAvailableTokens() > 0) {
      return Optional.empty();
    }
    long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return Optional.of(Duration.ofNanos(Math.max(nanos, 1)));
  }

  void failed(String address) {
    if (buckets.size() >= ADDRESSES_KEPT) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= failures);
    }
    buckets.computeIfAbsent(address, a -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, window).build())
        .build()).tryConsume(1);
  }
}
