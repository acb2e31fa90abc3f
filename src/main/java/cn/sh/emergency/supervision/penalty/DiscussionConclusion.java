package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** What the leaders' collective discussion (集体讨论, 行政处罚法 art. 57) concluded for a party ({@code discussionConclusion}). */
public enum DiscussionConclusion implements Coded {
  PENALISE("作出处罚决定"),
  NOT_PENALISE("不予处罚");

  private final String chineseName;

  DiscussionConclusion(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
