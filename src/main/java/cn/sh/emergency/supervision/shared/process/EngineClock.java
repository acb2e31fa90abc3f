package cn.sh.emergency.supervision.shared.process;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's notion of "now". Tests move the engine clock to fire timers; records, deadlines and ledger
 * timestamps must follow it. The one place that touches the engine's internal clock.
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.now().toInstant();
  }
}
