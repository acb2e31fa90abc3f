package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** An enforcement document issued for a case: its number and the SHA-256 of its PDF, as recorded. */
public record IssuedDocument(String caseNo, String type, String subject, String title, String documentNo,
                             String sha256, long sizeBytes, LocalDate issuedOn, String issuedBy, Instant issuedAt) {
}
