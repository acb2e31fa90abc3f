package cn.sh.emergency.supervision.casefile;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbers per series and year. The counter row stays locked until the calling transaction ends, so a
 * case or document that rolls back returns its number; the first number of a year creates the row in a short
 * transaction of its own, tolerating a concurrent creator.
 */
@Component
class NumberSeries {

  private final NumberCounterRepository counters;
  private final TransactionTemplate separateTransaction;

  NumberSeries(NumberCounterRepository counters, PlatformTransactionManager transactionManager) {
    this.counters = counters;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  int next(String series, int year) {
    NumberCounter.Key key = new NumberCounter.Key(series, year);
    NumberCounter counter = counters.lock(key).orElseGet(() -> {
      createIfAbsent(key);
      return counters.lock(key).orElseThrow();
    });
    return counter.next();
  }

  private void createIfAbsent(NumberCounter.Key key) {
    try {
      separateTransaction.executeWithoutResult(status -> counters.createAtZero(key.series(), key.year()));
    } catch (RuntimeException concurrentlyCreated) {
      if (!Boolean.TRUE.equals(separateTransaction.execute(status -> counters.existsById(key)))) {
        throw concurrentlyCreated;
      }
    }
  }
}
