package cn.sh.emergency.supervision.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts every test of the class with the engine clock at the given Shanghai local time and resets it afterwards,
 * so deadlines never depend on the day the tests run (and never reach a year without holiday data).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineTime.Extension.class)
public @interface EngineTime {

  /** e.g. {@code 2026-03-02T09:00:00}. */
  String value();

  class Extension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
      TestClock.set(context.getRequiredTestClass().getAnnotation(EngineTime.class).value());
    }

    @Override
    public void afterEach(ExtensionContext context) {
      TestClock.reset();
    }
  }
}
