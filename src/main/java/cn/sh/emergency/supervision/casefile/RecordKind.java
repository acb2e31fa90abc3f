package cn.sh.emergency.supervision.casefile;

/** What a full-process record (全过程记录) entry documents. */
public enum RecordKind {
  CASE_OPENED("立案/启动"),
  TASK_COMPLETED("办理环节完成"),
  TIMER_FIRED("期限到达"),
  DEADLINE_CORRECTED("期限校正"),
  DECISION("决定"),
  PUBLICATION("公示"),
  CORRECTION("更正/撤回"),
  EVIDENCE("证据"),
  DOCUMENT("制发文书"),
  URGED("催办"),
  REFERRAL("移送"),
  PAYMENT("缴款"),
  ENFORCEMENT("执行"),
  CASE_CLOSED("结案");

  private final String chineseName;

  RecordKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
