package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.District;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of enforcement documents (执法文书), unique and gapless per district, kind and year, in the official form
 * {@code 沪静应急罚〔2026〕12号}: district abbreviation, issuing body, kind characters, year in 〔〕, sequence.
 */
@Service
@Transactional
public class DocumentNumbers {

  static final String ISSUER = "应急";

  private final NumberSeries series;

  DocumentNumbers(NumberSeries series) {
    this.series = series;
  }

  /** @param kind the document kind's one or two characters, e.g. 罚 for a penalty decision, 责改 for an order */
  public String next(District district, String kind, int year) {
    if (kind == null || kind.isBlank() || kind.codePointCount(0, kind.length()) > 2) {
      throw new IllegalArgumentException("document kind must be one or two characters: " + kind);
    }
    int number = series.next("document:" + kind + ":" + district.code(), year);
    return district.documentPrefix() + ISSUER + kind + "〔" + year + "〕" + number + "号";
  }
}
