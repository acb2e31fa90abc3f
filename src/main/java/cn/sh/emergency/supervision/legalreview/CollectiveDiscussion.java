package cn.sh.emergency.supervision.legalreview;

import cn.sh.emergency.supervision.shared.UserIds;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** 集体讨论 (行政处罚法 art. 57): who may make up the agency's leaders' discussion of a decision. */
public final class CollectiveDiscussion {

  /** Local practice: at least three of the agency's leaders. */
  public static final int MIN_LEADERS = 3;

  private CollectiveDiscussion() {
  }

  /**
   * The problem with a participants list (a picker's list, or user ids separated by commas, 、 or spaces), if any:
   * fewer than {@link #MIN_LEADERS} distinct participants, or participants who are not leaders of the case's
   * district or the city ({@code isLeader}).
   */
  public static Optional<String> participantsProblem(String participants, Predicate<String> isLeader) {
    List<String> ids = UserIds.parse(participants);
    if (ids.size() < MIN_LEADERS) {
      return Optional.of("集体讨论须至少" + MIN_LEADERS + "名负责人参加，现为" + ids.size() + "名");
    }
    Set<String> notLeaders = new LinkedHashSet<>();
    ids.stream().filter(isLeader.negate()).forEach(notLeaders::add);
    return notLeaders.isEmpty() ? Optional.empty()
        : Optional.of("以下参加人不是本案所属区或市级的负责人：" + String.join("、", notLeaders));
  }
}
