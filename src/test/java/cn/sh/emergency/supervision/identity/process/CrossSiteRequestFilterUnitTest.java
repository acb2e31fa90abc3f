package cn.sh.emergency.supervision.identity.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CrossSiteRequestFilterUnitTest {

  final CrossSiteRequestFilter filter = new CrossSiteRequestFilter(new JsonSecurityErrors(),
      List.of("https://AJ.example.gov.cn:443"));

  @Test
  void aChangeFromThisServersOwnPageOrWithoutAPageGoesThrough() {
    assertThat(filter.fromAnotherSite(request("POST", "Origin", "http://supervision.local:8080"))).isFalse();
    assertThat(filter.fromAnotherSite(request("POST", "Referer", "http://supervision.local:8080/camunda/app/")))
        .isFalse();
    assertThat(filter.fromAnotherSite(request("POST", null, null))).as("a script or Camunda Modeler").isFalse();
  }

  @Test
  void aChangeFromAnotherSitesPageIsRefusedWhateverItsMethod() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      assertThat(filter.fromAnotherSite(request(method, "Origin", "https://evil.example"))).as(method).isTrue();
    }
    assertThat(filter.fromAnotherSite(request("POST", "Origin", "http://supervision.local:8081")))
        .as("another port is another site").isTrue();
    assertThat(filter.fromAnotherSite(request("POST", "Origin", "null"))).as("a sandboxed page").isTrue();
    assertThat(filter.fromAnotherSite(request("POST", "Referer", "not an address"))).isTrue();
  }

  @Test
  void aTrustedOriginIsComparedWithoutCaseOrDefaultPort() {
    assertThat(filter.fromAnotherSite(request("POST", "Origin", "https://aj.example.gov.cn"))).isFalse();
    assertThat(filter.fromAnotherSite(request("POST", "Origin", "http://aj.example.gov.cn"))).isTrue();
  }

  @Test
  void readingIsNeverRefused() {
    assertThat(filter.fromAnotherSite(request("GET", "Origin", "https://evil.example"))).isFalse();
    assertThat(filter.fromAnotherSite(request("HEAD", "Origin", "https://evil.example"))).isFalse();
  }

  private static MockHttpServletRequest request(String method, String header, String value) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/tasks/1/delegation");
    request.setScheme("http");
    request.addHeader("Host", "supervision.local:8080");
    if (header != null) {
      request.addHeader(header, value);
    }
    return request;
  }
}
