package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/** An evidence file's description as users see it, with the step of the case it belongs to (if one was named). */
public record EvidenceView(Long id, String caseNo, String fileName, String contentType, long sizeBytes,
                           String sha256, String description, String step, String stepName, String uploadedBy,
                           Instant uploadedAt) {
}
