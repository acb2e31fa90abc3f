package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.PartyNames;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Street;
import cn.sh.emergency.supervision.shared.Uscc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an inspected unit of the register must be, typed into a request or into a row of a sheet: a unified social
 * credit code with its check character, a name in one spelling of at most 200 characters, one of the 16 districts,
 * a street as the ledger takes it, a sector, a risk and a credit grade, and the two flags. Every problem is found at
 * once; a sheet is refused whole, naming each bad row.
 */
final class EnterpriseRules {

  static final int NAME_MAX_LENGTH = 200;
  /** Bad rows a refusal names; the others are counted. */
  static final int ROWS_NAMED = 50;
  /** How much of a typed value a message repeats. */
  private static final int SHOWN_LENGTH = 40;

  private static final List<String> YES = List.of("是", "true");
  private static final List<String> NO = List.of("否", "false");

  private EnterpriseRules() {
  }

  /** The unit checked; 400 naming every problem, e.g. 被检查单位信息有误：请填写单位名称；信用等级「E」无效，应为：… */
  static CheckedEnterprise checked(EnterpriseRequest request) {
    List<String> problems = new ArrayList<>();
    CheckedEnterprise enterprise = check(request, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("被检查单位信息有误：" + String.join("；", problems));
    }
    return enterprise;
  }

  /**
   * Every row checked, and no code twice in the sheet; 400 naming each bad row with its problems (the first
   * {@value #ROWS_NAMED}, then how many there are), so that nothing of the sheet is written.
   */
  static List<CheckedRow> checkedRows(List<EnterpriseRow> rows) {
    List<CheckedRow> checked = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (EnterpriseRow row : rows) {
      List<String> problems = new ArrayList<>();
      CheckedEnterprise enterprise = check(row.request(), problems);
      String code = PartyNames.code(row.request().uscc());
      if (code != null && Uscc.isValid(code)) {
        Integer first = firstRowOf.putIfAbsent(code, row.number());
        if (first != null) {
          problems.add(EnterpriseColumn.USCC.label() + "与第" + first + "行重复：" + code);
        }
      }
      if (problems.isEmpty()) {
        checked.add(new CheckedRow(row.number(), enterprise));
      } else {
        bad.add("第" + row.number() + "行：" + String.join("；", problems));
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException("导入文件有" + bad.size() + "行有误，未导入任何单位。" + named(bad, "。") + "。");
    }
    return checked;
  }

  /** The first {@value #ROWS_NAMED} items joined, then 等N行 when there are more. */
  static String named(List<String> items, String separator) {
    String named = items.stream().limit(ROWS_NAMED).collect(Collectors.joining(separator));
    return items.size() > ROWS_NAMED ? named + separator + "等" + items.size() + "行" : named;
  }

  /** 行业领域「化工」无效，应为：危险化学品、燃气、…（或其代码） */
  static String invalid(EnterpriseColumn column, String typed, Coded... options) {
    return column.label() + "「" + shown(typed) + "」无效，应为："
        + Arrays.stream(options).map(Coded::chineseName).collect(Collectors.joining("、")) + "（或其代码）";
  }

  /** The 16 districts an enterprise may belong to (the city level is none). */
  static Optional<District> district(String typed) {
    return Coded.findTyped(District.class, typed).filter(d -> d != District.CITY);
  }

  /** The unit in its normal form, or null when a problem (added to {@code problems}) leaves it invalid. */
  private static CheckedEnterprise check(EnterpriseRequest request, List<String> problems) {
    int before = problems.size();
    String uscc = uscc(request.uscc(), problems);
    String name = name(request.name(), problems);
    District district = required(EnterpriseColumn.DISTRICT, request.district(), problems)
        .map(typed -> district(typed).orElseGet(() -> {
          problems.add(invalid(EnterpriseColumn.DISTRICT, typed, districts()));
          return null;
        })).orElse(null);
    String street = street(request.street(), problems);
    Sector sector = code(EnterpriseColumn.SECTOR, Sector.class, request.sector(), problems);
    RiskGrade risk = code(EnterpriseColumn.RISK_GRADE, RiskGrade.class, request.riskGrade(), problems);
    CreditGrade credit = code(EnterpriseColumn.CREDIT_GRADE, CreditGrade.class, request.creditGrade(), problems);
    boolean keySupervision = flag(EnterpriseColumn.KEY_SUPERVISION, request.keySupervision(), problems);
    boolean jointSanction = flag(EnterpriseColumn.JOINT_SANCTION, request.jointSanction(), problems);
    if (problems.size() > before) {
      return null;
    }
    return new CheckedEnterprise(uscc, name, district, street, sector, risk, credit, keySupervision, jointSanction);
  }

  private static String uscc(String typed, List<String> problems) {
    return required(EnterpriseColumn.USCC, typed, problems).map(text -> {
      try {
        return Uscc.of(PartyNames.code(text)).value();
      } catch (InvalidInputException wrong) {
        problems.add(shortened(wrong.getMessage()));
        return null;
      }
    }).orElse(null);
  }

  private static String name(String typed, List<String> problems) {
    return required(EnterpriseColumn.NAME, typed, problems).map(text -> {
      Optional<String> hidden = PartyNames.problem(EnterpriseColumn.NAME.label(), text);
      hidden.ifPresent(problems::add);
      String name = PartyNames.name(text);
      if (name.length() > NAME_MAX_LENGTH) {
        problems.add(EnterpriseColumn.NAME.label() + "不能超过" + NAME_MAX_LENGTH + "字");
      }
      return name;
    }).orElse(null);
  }

  /** Optional; when given, a street as the ledger takes it ({@link Street}). */
  private static String street(String typed, List<String> problems) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Optional<String> hidden = PartyNames.problem(EnterpriseColumn.STREET.label(), typed);
    if (hidden.isPresent()) {
      problems.add(hidden.get());
      return null;
    }
    try {
      return Street.of(PartyNames.name(typed)).name();
    } catch (InvalidInputException wrong) {
      problems.add(shortened(wrong.getMessage()));
      return null;
    }
  }

  private static <E extends Enum<E> & Coded> E code(EnterpriseColumn column, Class<E> codeSet, String typed,
                                                    List<String> problems) {
    return required(column, typed, problems).map(text -> Coded.findTyped(codeSet, text).orElseGet(() -> {
      problems.add(invalid(column, text, codeSet.getEnumConstants()));
      return null;
    })).orElse(null);
  }

  /** 是/否 or true/false in any case; left out it is 否. */
  private static boolean flag(EnterpriseColumn column, String typed, List<String> problems) {
    if (typed == null || typed.isBlank()) {
      return false;
    }
    String text = typed.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(text)) {
      return true;
    }
    if (!NO.contains(text)) {
      problems.add(column.label() + "「" + shown(typed) + "」无效，应为：是、否");
    }
    return false;
  }

  private static Optional<String> required(EnterpriseColumn column, String typed, List<String> problems) {
    if (typed == null || typed.isBlank()) {
      problems.add("请填写" + column.label());
      return Optional.empty();
    }
    return Optional.of(typed);
  }

  private static District[] districts() {
    return Arrays.stream(District.values()).filter(d -> d != District.CITY).toArray(District[]::new);
  }

  /** A typed value as a message repeats it: its first {@value #SHOWN_LENGTH} characters. */
  private static String shown(String typed) {
    String text = typed.strip();
    return text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
  }

  /** A shared rule's message, which repeats the value whole, cut to the length messages repeat. */
  private static String shortened(String message) {
    return message.length() > SHOWN_LENGTH * 2 ? message.substring(0, SHOWN_LENGTH * 2) + "…" : message;
  }

  /** A valid unit and the row of the sheet it came from. */
  record CheckedRow(int number, CheckedEnterprise enterprise) {
  }
}
