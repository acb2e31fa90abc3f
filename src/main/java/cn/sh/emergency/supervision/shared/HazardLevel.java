package cn.sh.emergency.supervision.shared;

/**
 * The verification's finding on a reported hazard ({@code hazardLevel}): not founded, a general or a major accident
 * hazard (事故隐患). The hazard case's grade in the ledger.
 */
public enum HazardLevel implements Coded {
  UNFOUNDED("不属实"),
  GENERAL("一般事故隐患"),
  MAJOR("重大事故隐患");

  private final String chineseName;

  HazardLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
