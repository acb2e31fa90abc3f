package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/** An evidence file's description as users see it. */
public record EvidenceView(Long id, String caseNo, String fileName, String contentType, long sizeBytes,
                           String sha256, String description, String uploadedBy, Instant uploadedAt) {
}
