package cn.sh.emergency.supervision.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusedInputLoggingUnitTest {

  final RefusedInputLogging.RefusedCommands filter = new RefusedInputLogging.RefusedCommands();
  final LoggerContext context = new LoggerContext();

  @Test
  void aCommandEndedByRefusedInputIsNotAnError() {
    ProcessEngineException listenerFailure = new ProcessEngineException("ENGINE-03051 There was an exception while "
        + "invoking the TaskListener", new BadUserRequestException("提交内容有误：请填写整改期限"));
    assertThat(decide(Level.ERROR, RefusedInputLogging.ENGINE_COMMAND_LOGGER, listenerFailure))
        .isEqualTo(FilterReply.DENY);
    assertThat(decide(Level.ERROR, RefusedInputLogging.ENGINE_COMMAND_LOGGER,
        new ProcessEngineException("wrapped", new InvalidInputException("未知的区代码")))).isEqualTo(FilterReply.DENY);
  }

  @Test
  void anyOtherFailureKeepsItsError() {
    assertThat(decide(Level.ERROR, RefusedInputLogging.ENGINE_COMMAND_LOGGER,
        new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(Level.ERROR, "cn.sh.emergency.supervision.Other", new BadUserRequestException("x")))
        .as("another logger").isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(Level level, String logger, Throwable thrown) {
    return filter.decide(null, context.getLogger(logger), level, "ENGINE-16004 Exception while closing command "
        + "context: {}", new Object[] {thrown.getMessage(), thrown}, null);
  }
}
