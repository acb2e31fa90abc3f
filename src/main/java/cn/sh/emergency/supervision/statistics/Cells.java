package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** Sums over ledger cells, narrowed by grade and outcome. */
record Cells(List<LedgerCell> all) {

  static final String CANCELED = CommonVariables.CANCELED;

  Cells where(Predicate<LedgerCell> condition) {
    return new Cells(all.stream().filter(condition).toList());
  }

  Cells graded(Set<String> grades) {
    return where(c -> c.grade() != null && grades.contains(c.grade()));
  }

  Cells graded(String grade) {
    return where(c -> grade.equals(c.grade()));
  }

  Cells withOutcome(String outcome) {
    return where(c -> outcome.equals(c.outcome()));
  }

  /** Without the cases that were canceled or, for the given outcomes, never became cases. */
  Cells excluding(String... outcomes) {
    Set<String> excluded = Set.of(outcomes);
    return where(c -> c.outcome() == null || !excluded.contains(c.outcome()));
  }

  long sum(ToLongFunction<LedgerCell> count) {
    return all.stream().mapToLong(count).sum();
  }

  long cases() {
    return sum(LedgerCell::cases);
  }
}
