package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Calls {@code /engine-rest} and {@code /api} as a client would, with HTTP Basic as a given demo user. */
public final class EngineRest {

  public static final String VALID_USCC = "91310000MA1FL8TQ49";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

  private final TestRestTemplate rest;

  public EngineRest(TestRestTemplate rest) {
    this.rest = rest;
  }

  public TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, PlatformSample.PASSWORD);
  }

  public static Map<String, Object> caseVariables(String district) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(CommonVariables.DISTRICT, district);
    vars.put(CommonVariables.ENTERPRISE_NAME, "上海某化工有限公司");
    vars.put(CommonVariables.ENTERPRISE_USCC, VALID_USCC);
    vars.put(CommonVariables.SECTOR, "HAZARDOUS_CHEMICALS");
    return vars;
  }

  public ResponseEntity<Map<String, Object>> start(String user, String processKey, Map<String, Object> variables) {
    return as(user).exchange("/engine-rest/process-definition/key/" + processKey + "/start", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", typed(variables))), MAP);
  }

  /** Starts the sample process and returns its business key (the case number). */
  public String startCase(String user, String district) {
    ResponseEntity<Map<String, Object>> response = start(user, PlatformSample.PROCESS_KEY, caseVariables(district));
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("start failed: " + response.getStatusCode() + " " + response.getBody());
    }
    return (String) response.getBody().get("businessKey");
  }

  public ResponseEntity<Map<String, Object>> getMap(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, MAP);
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, LIST);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
  }

  public ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    as(user).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", user)), String.class);
    return post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed(variables)));
  }

  public static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return typed;
  }
}
