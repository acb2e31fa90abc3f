package cn.sh.emergency.supervision.legalreview;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision to publish. {@code persons} are the individuals penalised (names only are ever published, masked);
 * identity numbers are not part of it at all.
 */
public record DecisionForPublication(String caseNo, String district, String decisionNo, LocalDate decisionDate,
                                     String unitName, List<String> persons, String violation, String legalBasis,
                                     String penalty) {

  public DecisionForPublication {
    persons = persons == null ? List.of() : List.copyOf(persons);
  }

  /** The same decision with its free text as the public may read it ({@link PublicText}). */
  public DecisionForPublication forThePublic() {
    return new DecisionForPublication(caseNo, district, decisionNo, decisionDate, unitName, persons,
        PublicText.of(violation, persons), PublicText.of(legalBasis, persons), PublicText.of(penalty, persons));
  }
}
