package cn.sh.emergency.supervision.identity.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.shared.AddressBuckets;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An address that failed to log in too often waits, on every way in, before any password is checked; another
 * address — the user's own — is not held back; a successful call or a page that is not a log-in counts for nothing.
 */
class LoginThrottleFilterUnitTest {

  static final String ATTACKER = "203.0.113.7";
  static final String USER = "10.1.2.3";

  final LoginThrottleFilter filter = new LoginThrottleFilter(new AddressBuckets(3, Duration.ofMinutes(10)),
      new JsonSecurityErrors(), "/dashboard/login");
  final AtomicInteger passwordsChecked = new AtomicInteger();

  @Test
  void anAddressThatFailedTooOftenWaitsBeforeAnyPasswordIsChecked() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send(basic(ATTACKER, "/api/cases/mine"), 401).getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse held = send(basic(ATTACKER, "/api/cases/mine"), 200);
    assertThat(held.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(held.getHeader("Retry-After"))).isBetween(1L, 200L);
    assertThat(held.getContentAsString(StandardCharsets.UTF_8)).contains("登录失败次数过多，请", "秒后再试");
    assertThat(passwordsChecked).hasValue(3);

    // The other ways in are held back too.
    assertThat(send(post(ATTACKER, "/camunda/api/admin/auth/user/default/login/tasklist"), 204).getStatus())
        .isEqualTo(429);
    assertThat(send(post(ATTACKER, "/dashboard/login"), 302).getStatus()).isEqualTo(429);
    assertThat(passwordsChecked).hasValue(3);

    // The user whose password was guessed logs in from their own address.
    assertThat(send(post(USER, "/camunda/api/admin/auth/user/default/login/tasklist"), 204).getStatus())
        .isEqualTo(204);
  }

  @Test
  void everyWayInCountsItsFailures() throws Exception {
    send(post(ATTACKER, "/camunda/api/admin/auth/user/default/login/tasklist"), 401);
    MockHttpServletRequest dashboardLogin = post(ATTACKER, "/dashboard/login");
    MockHttpServletResponse sentBack = new MockHttpServletResponse();
    filter.doFilter(dashboardLogin, sentBack, (request, response) -> {
      passwordsChecked.incrementAndGet();
      ((HttpServletResponse) response).sendRedirect("/dashboard/login.html?error");
    });
    send(basic(ATTACKER, "/engine-rest/task"), 401);
    assertThat(send(basic(ATTACKER, "/engine-rest/task"), 200).getStatus()).isEqualTo(429);
  }

  @Test
  void successesAndPagesThatAreNotLogInsCountForNothing() throws Exception {
    for (int i = 0; i < 10; i++) {
      send(basic(ATTACKER, "/api/cases/mine"), 200);
      send(new MockHttpServletRequest("GET", "/dashboard/api/cases/mine"), 401);
      send(new MockHttpServletRequest("GET", "/camunda/app/tasklist/"), 401);
    }
    assertThat(send(basic(ATTACKER, "/api/cases/mine"), 200).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse send(MockHttpServletRequest request, int answer) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        passwordsChecked.incrementAndGet();
        ((HttpServletResponse) res).setStatus(answer);
      }
    });
    return response;
  }

  private static MockHttpServletRequest basic(String address, String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRemoteAddr(address);
    request.addHeader("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("jingan-handler:guess".getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  private static MockHttpServletRequest post(String address, String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRemoteAddr(address);
    return request;
  }
}
