package cn.sh.emergency.supervision.identity;

import java.util.List;

/** The groups (roles) of the system; they are Camunda groups, managed in Camunda Admin. */
public final class Roles {

  public static final String CASE_HANDLERS = "case-handlers";
  public static final String SECTION_CHIEFS = "section-chiefs";
  public static final String LEGAL_REVIEWERS = "legal-reviewers";
  public static final String LEADERS = "leaders";
  public static final String ADMINISTRATORS = "camunda-admin";

  /** The groups that work cases in Tasklist. */
  public static final List<String> WORK_GROUPS = List.of(CASE_HANDLERS, SECTION_CHIEFS, LEGAL_REVIEWERS, LEADERS);

  /**
   * The groups that collect evidence (调查取证): the enforcement officers who handle cases and their section chiefs.
   * Legal reviewers judge the evidence and leaders decide on it; neither adds to it.
   */
  public static final List<String> EVIDENCE_COLLECTORS = List.of(CASE_HANDLERS, SECTION_CHIEFS);

  /**
   * The groups that keep the register of inspected units (被检查单位, 分类分级): the section chiefs of a district and the
   * administrators. Handlers, reviewers and leaders read it.
   */
  public static final List<String> ENTERPRISE_REGISTRARS = List.of(SECTION_CHIEFS, ADMINISTRATORS);

  /** The groups whose members may 转办 a task of their district to another member of its group. */
  public static final List<String> TRANSFERRING = List.of(SECTION_CHIEFS, LEADERS);

  private Roles() {
  }

  public static String chineseName(String group) {
    return switch (group) {
      case CASE_HANDLERS -> "承办人";
      case SECTION_CHIEFS -> "科室负责人";
      case LEGAL_REVIEWERS -> "法制审核人员";
      case LEADERS -> "分管/主要负责人";
      case ADMINISTRATORS -> "系统管理员";
      default -> group;
    };
  }
}
