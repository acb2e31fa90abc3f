package cn.sh.emergency.supervision.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case number {@code {TYPE}-{DISTRICT}-{YEAR}-{SEQ6}}, e.g. {@code HZ-JINGAN-2026-000042}. */
public record CaseNumber(CaseType type, District district, int year, int sequence) {

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-([A-Z]+)-(\\d{4})-(\\d{6})");
  private static final int MAX_SEQUENCE = 999_999;

  public CaseNumber {
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("case sequence out of range: " + sequence);
    }
  }

  public static CaseNumber parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text);
    if (m == null || !m.matches()) {
      throw new InvalidInputException("案件编号格式不正确：" + text);
    }
    District district = District.find(m.group(2))
        .orElseThrow(() -> new InvalidInputException("案件编号中的区代码未知：" + text));
    return new CaseNumber(CaseType.of(m.group(1)), district, Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)));
  }

  @Override
  public String toString() {
    return String.format("%s-%s-%04d-%06d", type.name(), district.caseCode(), year, sequence);
  }
}
