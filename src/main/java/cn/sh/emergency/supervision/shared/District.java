package cn.sh.emergency.supervision.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 16 districts of Shanghai plus the city level. The code is the Camunda tenant id and the value of the
 * {@code district} process variable; the case code is the upper-case form used in case numbers.
 */
public enum District implements Coded {
  HUANGPU("huangpu", "黄浦区", "沪黄"),
  XUHUI("xuhui", "徐汇区", "沪徐"),
  CHANGNING("changning", "长宁区", "沪长"),
  JINGAN("jingan", "静安区", "沪静"),
  PUTUO("putuo", "普陀区", "沪普"),
  HONGKOU("hongkou", "虹口区", "沪虹"),
  YANGPU("yangpu", "杨浦区", "沪杨"),
  MINHANG("minhang", "闵行区", "沪闵"),
  BAOSHAN("baoshan", "宝山区", "沪宝"),
  JIADING("jiading", "嘉定区", "沪嘉"),
  PUDONG("pudong", "浦东新区", "沪浦"),
  JINSHAN("jinshan", "金山区", "沪金"),
  SONGJIANG("songjiang", "松江区", "沪松"),
  QINGPU("qingpu", "青浦区", "沪青"),
  FENGXIAN("fengxian", "奉贤区", "沪奉"),
  CHONGMING("chongming", "崇明区", "沪崇"),
  CITY("city", "上海市（市级）", "沪");

  private final String code;
  private final String chineseName;
  private final String documentPrefix;

  District(String code, String chineseName, String documentPrefix) {
    this.code = code;
    this.chineseName = chineseName;
    this.documentPrefix = documentPrefix;
  }

  /** Tenant id and variable value, e.g. {@code jingan}. */
  @Override
  public String code() {
    return code;
  }

  /** Upper-case code used in case numbers, e.g. {@code JINGAN}. */
  public String caseCode() {
    return name();
  }

  /** 静安区; the city level is 上海市（市级）, as the forms list it among the districts. */
  @Override
  public String chineseName() {
    return chineseName;
  }

  /** Abbreviation that opens document numbers, e.g. 沪静. */
  public String documentPrefix() {
    return documentPrefix;
  }

  public static Optional<District> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normalized = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.code.equals(normalized)).findFirst();
  }

  /** The district of a code, or a user-facing error naming the bad value. */
  public static District of(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("缺少所属区（district）");
    }
    return find(code).orElseThrow(() -> new InvalidInputException("未知的区代码：" + code));
  }
}
