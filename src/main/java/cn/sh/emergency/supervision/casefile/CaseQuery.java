package cn.sh.emergency.supervision.casefile;

import java.util.Collection;

/**
 * Filters of the ledger page ({@code GET /api/cases}); null means "any". {@code districts} are the districts the
 * caller may see (null for administrators: all).
 */
public record CaseQuery(String lifecycle, String district, String stage, Boolean overdue, Boolean listed,
                        Boolean closed, Collection<String> districts) {
}
