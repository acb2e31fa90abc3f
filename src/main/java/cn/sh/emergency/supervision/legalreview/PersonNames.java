package cn.sh.emergency.supervision.legalreview;

/**
 * Masks an individual's name for publication (个人信息最小化): the family name and, for names of three characters
 * or more, the last character stay; everything between becomes one "*" — 张某某 → 张*某, 李明 → 李*.
 */
public final class PersonNames {

  private PersonNames() {
  }

  public static String mask(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    int[] chars = name.trim().codePoints().toArray();
    if (chars.length == 1) {
      return "*";
    }
    String first = new String(chars, 0, 1);
    return chars.length == 2 ? first + "*" : first + "*" + new String(chars, chars.length - 1, 1);
  }
}
