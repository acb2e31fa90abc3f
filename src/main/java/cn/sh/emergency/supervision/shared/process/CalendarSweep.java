package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.MovedDeadline;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node, now and then, recomputes provisional deadlines that were computed with older official data than it has
 * now — those a node computed between another node's publication and its own refresh.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "supervision.calendar.sweep-enabled", havingValue = "true", matchIfMissing = true)
class CalendarSweep {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarSweep.class);
  private static final int BATCH = 500;

  private final CalendarPublisher publisher;

  CalendarSweep(CalendarPublisher publisher) {
    this.publisher = publisher;
  }

  @Scheduled(initialDelayString = "${supervision.calendar.sweep-interval:PT1M}",
      fixedDelayString = "${supervision.calendar.sweep-interval:PT1M}")
  void correctStragglers() {
    try {
      List<MovedDeadline> moved = publisher.correctStragglers(BATCH);
      if (!moved.isEmpty()) {
        LOG.info("{} deadlines computed with older holiday data corrected", moved.size());
      }
    } catch (RuntimeException e) {
      LOG.warn("Deadlines computed with older holiday data could not be corrected now; next round retries: {}",
          e.getMessage());
    }
  }
}
