package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A 双随机 draw: announced with its seed, pool and roster frozen; once run, the exclusions (certificate numbers per
 * unit) and what was drawn, each unit with its officers and the inspection case it opened.
 */
public record DrawView(String drawNo, String planCaseNo, String district, String algorithm, String seed,
                       int unitsRequested, LocalDate plannedOn, List<PoolUnit> pool, List<EnforcementOfficer> roster,
                       String announcedBy, Instant announcedAt, Map<String, List<String>> exclusions,
                       List<DrawnUnit> result, String drawnBy, Instant drawnAt) {

  /** A unit of the pool: its credit code (what the algorithm keys) and name. */
  public record PoolUnit(String uscc, String name) {
  }

  /** A unit drawn, its officers' certificate numbers (none when fewer than two were left) and its case. */
  public record DrawnUnit(String uscc, String name, List<String> officers, String caseNo, String note) {
  }

  public boolean run() {
    return result != null;
  }
}
