package cn.sh.emergency.supervision.inspection;

import java.time.Instant;

/** A declared conflict of interest between an officer and a unit. */
public record ConflictView(String userId, String uscc, String reason, String declaredBy, Instant declaredAt) {
}
