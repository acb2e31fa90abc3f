package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A wait for a token is told in whole seconds, rounded up and never zero; an address with tokens left waits not. */
class AddressBucketsUnitTest {

  @Test
  void anEmptyBucketWaitsWholeSecondsRoundedUp() {
    AddressBuckets buckets = new AddressBuckets(1, Duration.ofMillis(1500));
    assertThat(buckets.secondsToWait("203.0.113.7")).isEmpty();
    assertThat(buckets.tryTake("203.0.113.7")).isEmpty();
    assertThat(buckets.secondsToWait("203.0.113.7")).hasValue(2);
    assertThat(buckets.tryTake("203.0.113.7")).hasValue(2);
    assertThat(buckets.secondsToWait("198.51.100.2")).isEmpty();
  }

  @Test
  void aWaitIsAtLeastOneSecond() {
    assertThat(AddressBuckets.wholeSeconds(1)).isEqualTo(1);
    assertThat(AddressBuckets.wholeSeconds(0)).isEqualTo(1);
    assertThat(AddressBuckets.wholeSeconds(1_000_000_000)).isEqualTo(1);
    assertThat(AddressBuckets.wholeSeconds(1_000_000_001)).isEqualTo(2);
  }
}
