package cn.sh.emergency.supervision.hazard;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.Arrays;

/** Where a hazard report comes from. Tips need the reporter's contact for the reward procedure. */
public enum HazardSource implements Coded {
  INSPECTION("监督检查", false),
  SELF_REPORT("企业自查自报", false),
  PUBLIC_TIP("群众举报", true),
  GRID("网格巡查", false),
  HOTLINE_12345("12345热线", true);

  private final String chineseName;
  private final boolean tip;

  HazardSource(String chineseName, boolean tip) {
    this.chineseName = chineseName;
    this.tip = tip;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** Whether the report is a tip from the public, whose reporter must be reachable. */
  public boolean isTip() {
    return tip;
  }

  public static HazardSource of(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的隐患来源：" + code));
  }
}
