package cn.sh.emergency.supervision.shared;

import java.util.Arrays;

/** Industry sectors of safety supervision; codes are the values of the {@code sector} variable. */
public enum Sector implements Coded {
  HAZARDOUS_CHEMICALS("危险化学品"),
  GAS("燃气"),
  CONSTRUCTION("建设施工"),
  FIRE("消防"),
  INDUSTRY_TRADE("工贸"),
  SPECIAL_EQUIPMENT("特种设备"),
  TRANSPORT("交通运输"),
  OTHER("其他");

  private final String chineseName;

  Sector(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  public static Sector of(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("缺少行业领域（sector）");
    }
    return Arrays.stream(values()).filter(s -> s.name().equals(code.trim())).findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的行业领域：" + code));
  }
}
