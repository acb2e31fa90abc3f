package cn.sh.emergency.supervision.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A finding as recorded, with the hazard case it opened and the penalty referral it made, if any. */
public record FindingView(int seq, String description, String location, String checklistItem, FindingAction action,
                          String hazardCaseNo, Long referralId, String recordedBy, Instant recordedAt) {

  @JsonProperty
  public String actionName() {
    return action.chineseName();
  }
}
