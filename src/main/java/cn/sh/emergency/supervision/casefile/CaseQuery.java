package cn.sh.emergency.supervision.casefile;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Filters of the ledger ({@code GET /api/cases} and its export); null means "any". {@code openedFrom}/{@code openedTo}
 * are Shanghai dates, both inclusive. {@code districts} are the districts the caller may see (null for all).
 */
public record CaseQuery(String lifecycle, String district, String street, String sector, String stage,
                        Boolean overdue, Boolean listed, Boolean closed, LocalDate openedFrom, LocalDate openedTo,
                        Collection<String> districts) {
}
