package cn.sh.emergency.supervision.identity;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may be chosen for a part of case work, as people pickers and {@code GET /api/people} name it: the members of
 * one work group, or the enforcement officers — whoever holds an enforcement certificate number (行政处罚法 art. 42),
 * in whichever group, e.g. the investigators of a penalty case. The codes are those a form's people picker may name
 * ({@code PeoplePicker.ROLES}).
 */
public enum StaffRole {
  HANDLER("handler", List.of(Roles.CASE_HANDLERS), false),
  CHIEF("chief", List.of(Roles.SECTION_CHIEFS), false),
  LEADER("leader", List.of(Roles.LEADERS), false),
  LEGAL("legal", List.of(Roles.LEGAL_REVIEWERS), false),
  OFFICER("officer", List.of(), true);

  private final String code;
  private final List<String> groups;
  private final boolean certified;

  StaffRole(String code, List<String> groups, boolean certified) {
    this.code = code;
    this.groups = groups;
    this.certified = certified;
  }

  /** As written in {@code role=} and in a picker's {@code people} property, e.g. {@code officer}. */
  public String code() {
    return code;
  }

  /** The groups whose members have the role; none: any user (officers are known by their certificate). */
  public List<String> groups() {
    return groups;
  }

  /** Whether only holders of an enforcement certificate number have the role. */
  public boolean certified() {
    return certified;
  }

  /** The role of a code; an empty or unknown one is refused (400) with the codes there are. */
  public static StaffRole of(String code) {
    return Arrays.stream(values()).filter(role -> role.code.equals(code == null ? null : code.trim())).findFirst()
        .orElseThrow(() -> new InvalidInputException((code == null || code.isBlank() ? "请指定人员类别 role"
            : "未知的人员类别：" + code) + "（可选：" + Arrays.stream(values()).map(StaffRole::code)
            .collect(Collectors.joining("、")) + "）"));
  }
}
