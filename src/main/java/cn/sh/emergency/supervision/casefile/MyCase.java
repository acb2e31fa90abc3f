package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A case on a user's own lists (我的已办, 我发起的): where it stands, its deadline with a light ({@code red} overdue,
 * {@code yellow} due within 3 working days, {@code green}; none once closed or without deadline), and what the user
 * did in it — when last ({@code lastAt}: the latest step done, or the start), and the steps done, newest first.
 */
public record MyCase(String caseNo, String lifecycle, String district, String enterpriseName, String stageName,
                     Instant openedAt, Instant deadlineAt, boolean deadlineProvisional, Instant closedAt,
                     boolean overdue, String light, Instant lastAt, List<Step> steps) {

  /** A step the user completed in the case. */
  public record Step(String step, Instant at) {
  }
}
