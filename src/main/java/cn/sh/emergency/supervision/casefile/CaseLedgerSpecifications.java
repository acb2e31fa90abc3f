package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The ledger page's filters as one query; every filter is optional, the visible districts are not. */
final class CaseLedgerSpecifications {

  private CaseLedgerSpecifications() {
  }

  static Specification<CaseLedgerEntry> matching(CaseQuery q) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (q.districts() != null) {
        where.add(root.get("district").in(q.districts()));
      }
      if (q.lifecycle() != null) {
        where.add(cb.equal(root.get("lifecycle"), q.lifecycle()));
      }
      if (q.district() != null) {
        where.add(cb.equal(root.get("district"), q.district()));
      }
      if (q.street() != null) {
        where.add(cb.equal(root.get("street"), q.street()));
      }
      if (q.sector() != null) {
        where.add(cb.equal(root.get("sector"), q.sector()));
      }
      if (q.openedFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("openedOn"), q.openedFrom()));
      }
      if (q.openedTo() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("openedOn"), q.openedTo()));
      }
      if (q.stage() != null) {
        where.add(cb.equal(root.get("stage"), q.stage()));
      }
      if (q.overdue() != null) {
        where.add(cb.equal(root.get("overdue"), q.overdue()));
      }
      if (q.listed() != null) {
        where.add(cb.equal(root.get("listed"), q.listed()));
      }
      if (q.closed() != null) {
        where.add(q.closed() ? cb.isNotNull(root.get("closedAt")) : cb.isNull(root.get("closedAt")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
