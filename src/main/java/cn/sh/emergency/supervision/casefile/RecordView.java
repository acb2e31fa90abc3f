package cn.sh.emergency.supervision.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** A full-process record entry as shown to users, with its kind and outcome also in Chinese. */
public record RecordView(Long id, int seq, String kind, Instant occurredAt, String actor, String activityId,
                         String activityName, String outcome, String opinion, String details, String prevHash,
                         String hash) {

  /** The kind in Chinese (办理环节完成, 制发文书, …). */
  @JsonProperty
  public String kindName() {
    return RecordKind.valueOf(kind).chineseName();
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The outcome in Chinese as its step named it ({@link RecordEntry#OUTCOME_NAME}: 不停产停业, 退回补充); an outcome
   * without one as it is (a document number).
   */
  @JsonProperty
  public String outcomeName() {
    if (outcome == null) {
      return null;
    }
    if (details == null || details.isBlank()) {
      return outcome;
    }
    try {
      JsonNode name = JSON.readTree(details).path(RecordEntry.OUTCOME_NAME);
      return name.isTextual() && !name.asText().isBlank() ? name.asText() : outcome;
    } catch (JsonProcessingException e) {
      return outcome;
    }
  }
}
