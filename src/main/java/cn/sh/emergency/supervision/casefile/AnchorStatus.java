package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.Map;

/**
 * The anchor file as this node holds it.
 *
 * @param file            where the anchors are appended
 * @param anchors         trusted anchors in the file
 * @param lastAnchorAt    when the newest was written (null: none yet)
 * @param cases           cases anchored so far
 * @param records         records anchored so far
 * @param damage          the first untrusted line of the file and why; while set, nothing more is anchored
 * @param refusedLastTime cases whose chain no longer continued their anchor at the last anchoring, and why
 */
public record AnchorStatus(String file, long anchors, Instant lastAnchorAt, int cases, long records, String damage,
                           Map<String, String> refusedLastTime) {
}
