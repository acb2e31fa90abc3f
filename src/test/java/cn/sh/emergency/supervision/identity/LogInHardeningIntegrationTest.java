package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Guessing passwords locks nobody out for good, and no user can test another's password or take another's name:
 * the engine's growing delay per user never becomes a permanent lock (only a failing address is held back, by the
 * log-in throttle on every way in); identity verification is for administrators; users do not change their profile.
 */
@PostgresIntegrationTest
class LogInHardeningIntegrationTest {

  static final String PROBE = "login-probe";
  static final String PROBE_PASSWORD = "Probe-Password-2026!";

  @Autowired
  IdentityService identityService;
  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  ApplicationContext context;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    if (identityService.createUserQuery().userId(PROBE).count() > 0) {
      identityService.deleteUser(PROBE);
    }
    User probe = identityService.newUser(PROBE);
    probe.setFirstName("登录");
    probe.setLastName("测试");
    probe.setPassword(PROBE_PASSWORD);
    identityService.saveUser(probe);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.deleteUser(PROBE);
  }

  @Test
  void manyWrongPasswordsDelayButNeverLockTheUser() {
    long now = System.currentTimeMillis();
    for (int attempt = 1; attempt <= 15; attempt++) {
      now += 61_000;  // past the engine's longest delay (60 s) each time: every guess is a real try
      ClockUtil.setCurrentTime(new Date(now));
      assertThat(identityService.checkPassword(PROBE, "guess-" + attempt)).isFalse();
    }
    ClockUtil.setCurrentTime(new Date(now + 61_000));
    assertThat(identityService.checkPassword(PROBE, PROBE_PASSWORD))
        .as("still able to log in after 15 wrong guesses by someone else").isTrue();
  }

  @Test
  void onlyAdministratorsVerifyPasswordsAndUsersKeepTheirNames() {
    Map<String, Object> guess = Map.of("username", "jingan-leader", "password", PlatformSample.PASSWORD);
    assertThat(rest.post("jingan-handler", "/engine-rest/identity/verify", guess).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("admin", "/engine-rest/identity/verify", guess).getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> leadersName = Map.of("id", "jingan-handler", "firstName", "静安区", "lastName", "分管领导",
        "email", "jingan-handler@example.invalid");
    assertThat(rest.as("jingan-handler").exchange("/engine-rest/user/jingan-handler/profile",
        HttpMethod.PUT, new HttpEntity<>(leadersName), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    User handler = identityService.createUserQuery().userId("jingan-handler").singleResult();
    assertThat(handler.getFirstName() + handler.getLastName()).isEqualTo("静安区承办人");
  }

  @Test
  void everyWayInPassesTheLogInThrottle() {
    FilterRegistrationBean<?> throttle = context.getBean("loginThrottle", FilterRegistrationBean.class);
    assertThat(throttle.getFilter().getClass().getSimpleName()).isEqualTo("LoginThrottleFilter");
    assertThat(throttle.getUrlPatterns()).as("every address of the server").isEmpty();
    assertThat(throttle.getOrder()).as("ahead of Spring Security's filters").isLessThan(-100);
  }
}
