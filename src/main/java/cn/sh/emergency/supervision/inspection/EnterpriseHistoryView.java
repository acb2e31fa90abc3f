package cn.sh.emergency.supervision.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What the case ledger holds of an inspected unit since a day (three years back): its hazard cases, penalty cases,
 * accidents and inspections opened since, each counted and named by case number, oldest first — only cases of the
 * districts the reader may see.
 */
public record EnterpriseHistoryView(LocalDate since, Cases hazards, Cases penalties, Cases accidents,
                                    Cases inspections) {

  /** Cases of one kind: how many, and their numbers. */
  public record Cases(int count, List<String> caseNos) {

    static Cases of(List<String> caseNos) {
      return new Cases(caseNos.size(), List.copyOf(caseNos));
    }
  }
}
