package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A task's description keeps one line per notice: a new 催办 replaces the last, the provisional notice stays. */
class TaskNoticesUnitTest {

  @Test
  void eachKindOfNoticeKeepsItsOwnLine() {
    String provisional = TaskNotices.with(null, ProvisionalNotice.TASK, ProvisionalNotice.TASK);
    String urged = TaskNotices.with(provisional, TaskNotices.URGED, "【催办】甲于2026-03-02 09:00催办：请抓紧");
    String urgedAgain = TaskNotices.with(urged, TaskNotices.URGED, "【催办】乙于2026-03-03 09:00催办：今日办结");
    assertThat(urgedAgain).isEqualTo("【催办】乙于2026-03-03 09:00催办：今日办结\n" + ProvisionalNotice.TASK);
    assertThat(TaskNotices.without(urgedAgain, ProvisionalNotice.TASK)).isEqualTo("【催办】乙于2026-03-03 09:00催办：今日办结");
    assertThat(TaskNotices.without(provisional, ProvisionalNotice.TASK)).isNull();
    assertThat(TaskNotices.has(urged, TaskNotices.URGED)).isTrue();
  }
}
