package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The register's filters as one query; every filter is optional, the districts are not. */
final class EnterpriseSpecifications {

  private EnterpriseSpecifications() {
  }

  static Specification<Enterprise> matching(Collection<String> districts, String sector, RiskGrade risk,
                                            Boolean keySupervision) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(root.get("district").in(districts));
      if (sector != null) {
        where.add(cb.equal(root.get("sector"), sector));
      }
      if (risk != null) {
        where.add(cb.equal(root.get("riskGrade"), risk));
      }
      if (keySupervision != null) {
        where.add(cb.equal(root.get("keySupervision"), keySupervision));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
