package cn.sh.emergency.supervision.casefile;

/**
 * Counts of the cases of one lifecycle that share a key (see {@link LedgerDimension}), a grade and an outcome; the
 * lifecycles' KPIs are sums over such cells. Counts are numbers of cases unless named otherwise.
 *
 * @param key                  the dimension's value (null for {@link LedgerDimension#NONE} and for cases without it)
 * @param open                 cases not closed yet
 * @param openOverdue          open cases past their deadline
 * @param listed               cases ever listed (挂牌督办)
 * @param onTime               cases that finished their work by the deadline (e.g. a hazard rectified on time)
 * @param openToCloseSeconds   total seconds from opening to closing over the closed cases
 * @param escalated            investigations escalated (提级调查)
 * @param reported             cases whose reporting was checked; {@code reportedOnTime} of them in time
 * @param evaluationsDue       cases whose evaluation is due by {@link LedgerScope#asOf()} or done
 * @param evaluated            evaluations done
 * @param withPersonPenalised  cases with at least one decision on a person
 * @param publications         decisions published; {@code publicationsLate} of them late
 * @param findings             problems (违法行为) enforcement inspections found
 */
public record LedgerCell(String key, String grade, String outcome, long cases, long open, long openOverdue,
                         long listed, long onTime, long openToCloseSeconds, long escalated, long reported,
                         long reportedOnTime, long evaluationsDue, long evaluated, long withPersonPenalised,
                         long fineDecidedYuan, long fineCollectedYuan, long publications, long publicationsLate,
                         long findings) {
}
