package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The officers of an inspection as it keeps them: JSON, with the certificate numbers as they were. */
final class Officers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Officers() {
  }

  static String toJson(List<EnforcementOfficer> officers) {
    try {
      return JSON.writeValueAsString(officers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("officers cannot be written as JSON", e);
    }
  }

  static List<EnforcementOfficer> fromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("officers of an inspection cannot be read", e);
    }
  }
}
