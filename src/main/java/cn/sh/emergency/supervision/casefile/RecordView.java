package cn.sh.emergency.supervision.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
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

  /** The outcome in Chinese where it is a code of the forms (同意, 一般); a document number as it is. */
  @JsonProperty
  public String outcomeName() {
    return outcome == null ? null : OutcomeNames.of(outcome);
  }
}
