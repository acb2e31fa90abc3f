package cn.sh.emergency.supervision.statistics;

import java.time.LocalDate;
import java.util.List;

/** The answer of {@code GET /api/kpis}: the scope asked for and every KPI in it. */
public record KpiReport(LocalDate from, LocalDate to, String district, String street, String sector,
                        List<Kpi> kpis) {
}
