package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.shared.BureauTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine clock (Shanghai local time), so deadlines and timers do not depend on the day tests run. */
public final class TestClock {

  public static final ZoneId SHANGHAI = BureauTime.ZONE;

  private TestClock() {
  }

  public static Date set(String localDateTime) {
    Date at = Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    ClockUtil.setCurrentTime(at);
    return at;
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
