package cn.sh.emergency.supervision.shared;

import java.util.Arrays;

/** The kind of case, the first part of a case number. */
public enum CaseType {
  HZ("隐患排查治理"),
  AC("事故调查"),
  PN("行政处罚"),
  LR("法制审核"),
  IN("执法检查"),
  IP("执法检查计划");

  private final String chineseName;

  CaseType(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  public static CaseType of(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的案件类型：" + code));
  }
}
