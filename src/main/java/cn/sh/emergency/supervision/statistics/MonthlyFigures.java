package cn.sh.emergency.supervision.statistics;

/** One month of the trend: cases opened in the month and how many of its hazards are rectified by now. */
public record MonthlyFigures(String month, long hazardsFound, long hazardsRectified, long majorHazards,
                             long accidents, long penaltyCases) {
}
