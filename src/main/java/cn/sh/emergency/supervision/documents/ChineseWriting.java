package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How documents write dates, money and the issuing bureau. */
public final class ChineseWriting {

  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] CAPITAL_UNITS = {"", "拾", "佰", "仟"};
  private static final String[] CAPITAL_GROUPS = {"", "万", "亿", "万亿"};

  private ChineseWriting() {
  }

  /** {@code 2026-12-02} → 二〇二六年十二月二日, as dates are written under a seal. */
  public static String date(LocalDate date) {
    StringBuilder year = new StringBuilder();
    for (char c : String.valueOf(date.getYear()).toCharArray()) {
      year.append(DIGITS.charAt(c - '0'));
    }
    return year + "年" + upToThirtyOne(date.getMonthValue()) + "月" + upToThirtyOne(date.getDayOfMonth()) + "日";
  }

  /** 30000 → 叁万元整, 100500 → 壹拾万零伍佰元整: the amount in capital numerals, as fines are written. */
  public static String yuanInCapitals(long yuan) {
    if (yuan < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + yuan);
    }
    if (yuan == 0) {
      return "零元整";
    }
    List<Integer> groups = new ArrayList<>();
    for (long rest = yuan; rest > 0; rest /= 10000) {
      groups.add((int) (rest % 10000));
    }
    StringBuilder out = new StringBuilder();
    boolean zeroBetween = false;
    for (int g = groups.size() - 1; g >= 0; g--) {
      int part = groups.get(g);
      if (part == 0) {
        zeroBetween = out.length() > 0;
        continue;
      }
      if (out.length() > 0 && (zeroBetween || part < 1000)) {
        out.append('零');
      }
      out.append(fourDigits(part)).append(CAPITAL_GROUPS[g]);
      zeroBetween = false;
    }
    return out + "元整";
  }

  /** 人民币叁万元整（¥30,000） */
  public static String amount(long yuan) {
    return "人民币" + yuanInCapitals(yuan) + "（¥" + String.format(Locale.ROOT, "%,d", yuan) + "）";
  }

  /** 罚款人民币叁万元整（¥30,000） */
  public static String fine(long yuan) {
    return "罚款" + amount(yuan);
  }

  /** A case's value as a document writes it: trimmed text, nothing for no value. */
  public static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  /** The bureau that issues a district's documents: 上海市静安区应急管理局, or 上海市应急管理局 at city level. */
  public static String bureau(District district) {
    return shanghai(district) + "应急管理局";
  }

  /**
   * The party's remedies against the bureau's document: administrative review (60 days), litigation (6 months), in
   * the statute texts' words ({@code documents.remedies}).
   */
  public static String remedies(District district, String what) {
    return StatuteTexts.text("documents.remedies", what, shanghai(district));
  }

  /** 上海市静安区, or 上海市 for the city level. */
  private static String shanghai(District district) {
    return district == District.CITY ? "上海市" : "上海市" + district.chineseName();
  }

  private static String upToThirtyOne(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
  }

  private static String fourDigits(int n) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int unit = 3; unit >= 0; unit--) {
      int digit = (n / (int) Math.pow(10, unit)) % 10;
      if (digit == 0) {
        zero = out.length() > 0;
      } else {
        if (zero) {
          out.append('零');
          zero = false;
        }
        out.append(CAPITAL_DIGITS.charAt(digit)).append(CAPITAL_UNITS[unit]);
      }
    }
    return out.toString();
  }

  /**
   * A span of time as records write it: 二〇二六年三月二日9时00分至10时10分, the end's day too when it ran past
   * midnight (Shanghai time).
   */
  public static String span(Instant from, Instant to) {
    ZonedDateTime start = BureauTime.at(from);
    ZonedDateTime end = BureauTime.at(to);
    return date(start.toLocalDate()) + clock(start) + "至"
        + (end.toLocalDate().equals(start.toLocalDate()) ? "" : date(end.toLocalDate())) + clock(end);
  }

  private static String clock(ZonedDateTime at) {
    return at.getHour() + "时" + String.format("%02d", at.getMinute()) + "分";
  }
}
