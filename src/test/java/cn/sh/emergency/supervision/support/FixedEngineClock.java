package cn.sh.emergency.supervision.support;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In a server started as a process of its own ({@link ServerProcess}), the engine clock starts at
 * {@code supervision.test.engine-time} and runs on from there (lock times expire, timers come due), so that deadlines
 * do not depend on the day the test runs.
 */
@Component
@Profile(ServerProcess.FIXED_CLOCK_PROFILE)
class FixedEngineClock {

  FixedEngineClock(@Value("${supervision.test.engine-time}") String engineTime) {
    long start = LocalDateTime.parse(engineTime).atZone(TestClock.SHANGHAI).toInstant().toEpochMilli();
    ClockUtil.offset(start - System.currentTimeMillis());
  }
}
