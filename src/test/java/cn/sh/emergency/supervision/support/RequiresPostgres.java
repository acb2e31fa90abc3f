package cn.sh.emergency.supervision.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL tests loudly when no PostgreSQL answers, or fails them when
 * {@code SUPERVISION_REQUIRE_POSTGRES=true} (as in CI).
 */
public class RequiresPostgres implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String reason = PostgresTestDatabase.prepare();
    if (reason == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL test database ready at " + PostgresTestDatabase.URL);
    }
    if (PostgresTestDatabase.REQUIRED) {
      throw new IllegalStateException("SUPERVISION_REQUIRE_POSTGRES=true but " + reason);
    }
    System.err.println("""

        ************************************************************************
        SKIPPING PostgreSQL integration tests: %s
        Start PostgreSQL or set SUPERVISION_TEST_DB_URL; CI sets SUPERVISION_REQUIRE_POSTGRES=true.
        ************************************************************************
        """.formatted(reason));
    return ConditionEvaluationResult.disabled("SKIPPED (no PostgreSQL): " + reason);
  }
}
