package cn.sh.emergency.supervision.identity;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form of an enforcement certificate number (执法证号) as it is registered: letters, digits and single hyphens
 * between them, at most {@value #MAX_LENGTH} characters. Checked loosely, since the issuing authorities' series
 * differ; full-width characters typed with a Chinese input method are read as their ASCII forms.
 */
public final class CertificateNumbers {

  public static final int MAX_LENGTH = 32;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

  private CertificateNumbers() {
  }

  /** The number as it is stored and printed, or every reason it cannot be one (a Chinese message). */
  public static String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException("请填写执法证号");
    }
    String value = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    if (value.length() > MAX_LENGTH) {
      throw new InvalidInputException("执法证号不能超过" + MAX_LENGTH + "个字符");
    }
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidInputException("执法证号只能由字母、数字和连字符（-）组成，连字符不能在首尾或连用：" + value);
    }
    return value;
  }
}
