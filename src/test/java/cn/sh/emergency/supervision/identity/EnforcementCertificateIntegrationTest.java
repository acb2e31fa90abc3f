package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The enforcement certificate number (执法证号) as an attribute of a user, kept in the engine's per-user info and
 * managed by administrators over {@code /api/admin/users/{userId}/enforcement-certificate}.
 */
@PostgresIntegrationTest
class EnforcementCertificateIntegrationTest {

  private static final String OFFICER = "certificate-probe";
  private static final String PATH = "/api/admin/users/" + OFFICER + "/enforcement-certificate";
  /** Where the engine keeps it (ACT_ID_INFO). */
  private static final String INFO_KEY = "enforcementCertificateNo";

  @Autowired
  TestRestTemplate anonymous;
  @Autowired
  IdentityService identityService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(anonymous);
    createOfficer();
  }

  @AfterEach
  void removeOfficer() {
    identityService.deleteUser(OFFICER);
  }

  @Test
  void anAdministratorRegistersShowsReplacesAndRemovesTheNumber() {
    ResponseEntity<Map<String, Object>> registered = put("admin", Map.of("certificateNo", " 310106-0099 "));
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(registered.getBody()).containsEntry("userId", OFFICER).containsEntry("name", "王某某")
        .containsEntry("certificateNo", "310106-0099");
    assertThat(identityService.getUserInfo(OFFICER, INFO_KEY)).isEqualTo("310106-0099");
    assertThat(rest.getMap("admin", PATH).getBody()).containsEntry("certificateNo", "310106-0099");

    // Typed with a Chinese input method: full-width characters are read as their ASCII forms.
    assertThat(put("admin", Map.of("certificateNo", "３１０１０６－０１００")).getBody())
        .containsEntry("certificateNo", "310106-0100");
    assertThat(rest.getMap("admin", PATH).getBody()).containsEntry("certificateNo", "310106-0100");

    assertThat(delete("admin").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identityService.getUserInfo(OFFICER, INFO_KEY)).isNull();
    ResponseEntity<String> none = rest.as("admin").getForEntity(PATH, String.class);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(none.getBody()).contains("用户certificate-probe（王某某）未登记执法证号");
    // Removing what is not there is no error.
    assertThat(delete("admin").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void onlyAdministratorsMayReadOrChangeIt() {
    identityService.setUserInfo(OFFICER, INFO_KEY, "310106-0099");
    for (String user : List.of("jingan-handler", "jingan-chief", "jingan-reviewer", "jingan-leader", "city-leader")) {
      ResponseEntity<String> shown = rest.as(user).getForEntity(PATH, String.class);
      assertThat(shown.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(shown.getBody()).as(user).contains("无权执行此操作").doesNotContain("310106-0099");
      assertThat(put(user, Map.of("certificateNo", "310106-6666")).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(delete(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous.getForEntity(PATH, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.exchange(PATH, HttpMethod.PUT, json(Map.of("certificateNo", "1")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(identityService.getUserInfo(OFFICER, INFO_KEY)).isEqualTo("310106-0099");
  }

  @Test
  void aMalformedNumberIsRefusedInChineseAndNothingIsStored() {
    identityService.setUserInfo(OFFICER, INFO_KEY, "310106-0099");
    assertRefused(Map.of("certificateNo", "  "), "请填写执法证号");
    assertRefused(Map.of(), "请填写执法证号");
    assertRefused(Map.of("certificateNo", "3".repeat(33)), "执法证号不能超过32个字符");
    assertRefused(Map.of("certificateNo", "沪执-0001"), "执法证号只能由字母、数字和连字符（-）组成");
    assertRefused(Map.of("certificateNo", "0001-"), "连字符不能在首尾或连用");
    assertRefused(Map.of("certificateNo", "1' or '1'='1"), "执法证号只能由字母、数字和连字符（-）组成");
    ResponseEntity<String> notJson = rest.as("admin").exchange(PATH, HttpMethod.PUT,
        new HttpEntity<>("{certificateNo:", jsonHeaders()), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody()).contains("请求内容无法解析");
    assertThat(identityService.getUserInfo(OFFICER, INFO_KEY)).isEqualTo("310106-0099");
  }

  @Test
  void anUnknownUserIsNotFound() {
    String path = "/api/admin/users/no-such-officer/enforcement-certificate";
    for (ResponseEntity<String> answer : List.of(rest.as("admin").getForEntity(path, String.class),
        rest.as("admin").exchange(path, HttpMethod.PUT, json(Map.of("certificateNo", "310106-0099")), String.class),
        rest.as("admin").exchange(path, HttpMethod.DELETE, null, String.class))) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).contains("用户不存在：no-such-officer");
    }
    assertThat(identityService.getUserInfo("no-such-officer", INFO_KEY)).isNull();
  }

  @Test
  void aDeletedUserTakesHisNumberWithHim() {
    assertThat(put("admin", Map.of("certificateNo", "310106-0099")).getStatusCode()).isEqualTo(HttpStatus.OK);
    identityService.deleteUser(OFFICER);
    createOfficer();
    assertThat(rest.as("admin").getForEntity(PATH, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theDemoCaseHandlersHoldCertificates() {
    assertThat(rest.getMap("admin", "/api/admin/users/jingan-handler/enforcement-certificate").getBody())
        .containsEntry("name", "静安区承办人").containsEntry("certificateNo", "310106-0001");
    assertThat(rest.getMap("admin", "/api/admin/users/jingan-handler2/enforcement-certificate").getBody())
        .containsEntry("certificateNo", "310106-0002");
    assertThat(rest.getMap("admin", "/api/admin/users/city-handler/enforcement-certificate").getBody())
        .containsEntry("certificateNo", "310000-0001");
    assertThat(rest.as("admin").getForEntity("/api/admin/users/jingan-leader/enforcement-certificate", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void createOfficer() {
    if (identityService.createUserQuery().userId(OFFICER).count() == 0) {
      User user = identityService.newUser(OFFICER);
      user.setFirstName("王某某");
      user.setPassword(PlatformSample.PASSWORD);
      identityService.saveUser(user);
    }
  }

  private void assertRefused(Map<String, Object> body, String message) {
    ResponseEntity<String> refused = rest.as("admin").exchange(PATH, HttpMethod.PUT, json(body), String.class);
    assertThat(refused.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).as(body.toString()).contains(message);
  }

  private ResponseEntity<Map<String, Object>> put(String user, Map<String, Object> body) {
    return rest.as(user).exchange(PATH, HttpMethod.PUT, json(body),
        new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
  }

  private ResponseEntity<String> delete(String user) {
    return rest.as(user).exchange(PATH, HttpMethod.DELETE, null, String.class);
  }

  private static HttpEntity<Object> json(Object body) {
    return new HttpEntity<>(body, jsonHeaders());
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
