package cn.sh.emergency.supervision.shared;

/**
 * The street or town (街道/镇) of a case within its district, as the handler names it (e.g. 南京西路街道, 车墩镇);
 * the ledger and the KPIs break figures down by it.
 */
public record Street(String name) {

  public static final int MAX_LENGTH = 40;

  public Street {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("所属街镇不能为空");
    }
    name = name.strip();
    if (name.length() > MAX_LENGTH) {
      throw new InvalidInputException("所属街镇不能超过" + MAX_LENGTH + "个字：" + name);
    }
  }

  public static Street of(String name) {
    return new Street(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
