package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/** A full-process record entry as shown to users. */
public record RecordView(Long id, int seq, String kind, Instant occurredAt, String actor, String activityId,
                         String activityName, String outcome, String opinion, String details, String prevHash,
                         String hash) {
}
