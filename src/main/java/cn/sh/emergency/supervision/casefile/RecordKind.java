package cn.sh.emergency.supervision.casefile;

/** What a full-process record (全过程记录) entry documents. */
public enum RecordKind {
  CASE_OPENED("立案/启动"),
  TASK_COMPLETED("办理环节完成"),
  /** A task given to a user by someone else or by the system (承办连续性), not a user's own claim. */
  TASK_ASSIGNED("任务分派"),
  /** 转办: a section chief or leader gives an open task to another member of its group. */
  TASK_TRANSFERRED("转办"),
  /** 委派: the assignee has a colleague do the task; it comes back to the assignee when resolved. */
  TASK_DELEGATED("委派"),
  /** 委派归还: the delegate hands the task back to its owner. */
  TASK_RESOLVED("委派归还"),
  TIMER_FIRED("期限到达"),
  DEADLINE_CORRECTED("期限校正"),
  DECISION("决定"),
  PUBLICATION("公示"),
  CORRECTION("更正/撤回"),
  EVIDENCE("证据"),
  DOCUMENT("制发文书"),
  URGED("催办"),
  REFERRAL("移送"),
  /** 关联案件: a report confirmed not to duplicate an earlier case of its unit, recorded in both cases. */
  RELATED_CASE("关联案件"),
  PAYMENT("缴款"),
  ENFORCEMENT("执行"),
  /** 任职限制: a principal barred from leading a unit (安全生产法 art. 94 para. 3), or a case naming one. */
  PRINCIPAL_BAN("任职限制"),
  /** 扫码评价: the inspected unit's evaluation of an enforcement inspection, from the public page. */
  EVALUATION("扫码评价"),
  CASE_CLOSED("结案");

  private final String chineseName;

  RecordKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
