package cn.sh.emergency.supervision.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The message of an error answer: {@code detail} of the case API's Problem Details, {@code message} of the engine's. */
public final class ErrorBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {
  }

  public static String message(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json.hasNonNull("detail") ? json.path("detail").asText() : json.path("message").asText();
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
