package cn.sh.emergency.supervision.statistics;

import java.math.BigDecimal;

/** The figures of one district, street or sector. {@code rectificationRate} is null when no hazard was found. */
public record BreakdownRow(String key, String label, long hazardsFound, long hazardsRectified,
                           BigDecimal rectificationRate, long majorHazards, long majorListed, long openOverdue,
                           long accidents, long penaltyCases) {
}
