package cn.sh.emergency.supervision.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitFilterUnitTest {

  final PublicRateLimitFilter filter = new PublicRateLimitFilter(3, Duration.ofMinutes(1));
  final AtomicInteger queries = new AtomicInteger();

  @Test
  void anAddressBeyondItsShareWaitsAndOthersDoNot() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("203.0.113.7", "/api/public/decisions").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse limited = send("203.0.113.7", "/api/public/decisions");
    assertThat(limited.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 60L);
    assertThat(limited.getContentAsString(StandardCharsets.UTF_8)).contains("请求过于频繁，请", "秒后再试");
    assertThat(queries).as("no query ran for the limited request").hasValue(3);

    assertThat(send("198.51.100.2", "/api/public/decisions").getStatus()).isEqualTo(200);
    assertThat(send("203.0.113.7", "/api/cases/mine").getStatus()).as("not the public site").isEqualTo(200);
  }

  private MockHttpServletResponse send(String address, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> queries.incrementAndGet());
    return response;
  }
}
