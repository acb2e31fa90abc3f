package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.shared.Uscc;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixtures that are not duplicate reports of each other: the server refuses a second report of the same hazard (same
 * unit, location, similar description within 30 days) or accident (same unit, time of occurrence within 30 minutes)
 * unless it is confirmed, and every test of a run shares one database. A hazard fixture gets a place of its own, an
 * accident fixture a unit of its own; tests about duplicates report the same thing on purpose.
 */
public final class UniqueReports {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private UniqueReports() {
  }

  /** The place with a running number, e.g. {@code 3号仓库（第17处）}. */
  public static String location(String place) {
    return place + "（第" + NEXT.incrementAndGet() + "处）";
  }

  /** A valid credit code (GB 32100 check character) no other fixture of the run has. */
  public static String uscc() {
    String first17 = "91310000%09d".formatted(NEXT.incrementAndGet());
    for (char check : USCC_ALPHABET.toCharArray()) {
      if (Uscc.isValid(first17 + check)) {
        return first17 + check;
      }
    }
    throw new IllegalStateException("no check character for " + first17);
  }
}
