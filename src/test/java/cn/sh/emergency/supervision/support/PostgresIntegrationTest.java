package cn.sh.emergency.supervision.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole server on a random port against the PostgreSQL test database, with the demo users of the dev
 * profile. All classes carrying it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${SUPERVISION_TEST_DB_URL:jdbc:postgresql://localhost:5432/supervision_test}",
    "spring.datasource.username=${SUPERVISION_TEST_DB_USER:postgres}",
    "spring.datasource.password=${SUPERVISION_TEST_DB_PASSWORD:}",
    "camunda.bpm.job-execution.enabled=false",
    "supervision.calendar.sweep-enabled=false",
    "supervision.evidence.directory=target/test-evidence",
    "supervision.evidence.max-size=2MB",
    // The test database is created anew for every run; so is the anchor file that belongs to it.
    "supervision.record-anchor.file=target/record-anchors/${random.uuid}.jsonl",
    // Anchored when a test asks (POST /api/admin/record-anchors), never between its steps.
    "supervision.record-anchor.first-delay=P1D",
    // Every test calls from 127.0.0.1, and many try wrong passwords: the suite is one address.
    "supervision.login.failures-per-address=100000",
    "supervision.public-api.requests=100000",
    // Spring Boot's tests export no metrics by default; the operators' endpoint is part of the product.
    "management.prometheus.metrics.export.enabled=true"
})
@ActiveProfiles({"postgres", "dev"})
@Tag(PostgresIntegrationTest.TAG)
public @interface PostgresIntegrationTest {

  /** JUnit tag of these tests; Maven runs them as a set of their own (see pom.xml). */
  String TAG = "integration";
}
