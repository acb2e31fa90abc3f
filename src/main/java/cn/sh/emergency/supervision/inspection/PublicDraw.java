package cn.sh.emergency.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A 双随机 draw as published (公示): everything needed to re-run it ({@link DrawAlgorithm}) — algorithm, seed, the pool
 * of units, the roster by certificate number, the exclusions — and what it drew. No user ids.
 */
public record PublicDraw(String drawNo, String planNo, String bureau, String algorithm, String seed,
                         int unitsRequested, LocalDate plannedOn, List<DrawView.PoolUnit> pool, List<Officer> roster,
                         Instant announcedAt, Map<String, List<String>> exclusions, List<Drawn> result,
                         Instant drawnAt) {

  public record Officer(String name, String certificateNo) {
  }

  public record Drawn(String uscc, String name, List<String> officers, String note) {
  }

  static PublicDraw of(DrawView draw, String bureau) {
    return new PublicDraw(draw.drawNo(), draw.planCaseNo(), bureau, draw.algorithm(), draw.seed(),
        draw.unitsRequested(), draw.plannedOn(), draw.pool(),
        draw.roster().stream().map(o -> new Officer(o.name(), o.certificateNo())).toList(), draw.announcedAt(),
        draw.exclusions(), draw.result() == null ? null
            : draw.result().stream().map(u -> new Drawn(u.uscc(), u.name(), u.officers(), u.note())).toList(),
        draw.drawnAt());
  }
}
