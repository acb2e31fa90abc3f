package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

  Optional<Inspection> findByCaseNo(String caseNo);

  Optional<Inspection> findByCode(String code);

  Optional<Inspection> findFirstByEnterpriseUsccAndStatusOrderByCodedAtDesc(String uscc, InspectionStatus status);

  boolean existsByDrawNoAndEnterpriseUscc(String drawNo, String uscc);

  /** One evaluation per inspection, also when two arrive at once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Inspection i where i.code = :code")
  Optional<Inspection> lockByCode(String code);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Inspection i where i.caseNo = :caseNo")
  Optional<Inspection> lockByCaseNo(String caseNo);

  /** Inspections of a plan done so far (on site). */
  @Query("select count(i) from Inspection i where i.planCaseNo = :planCaseNo"
      + " and i.status = cn.sh.emergency.supervision.inspection.InspectionStatus.INSPECTED")
  long countInspectedOfPlan(String planCaseNo);

  /** How many of the units were inspected (on site, any basis) in the district in the period. */
  @Query("select count(distinct i.enterpriseUscc) from Inspection i where i.district = :district"
      + " and i.enterpriseUscc in :usccs"
      + " and i.status = cn.sh.emergency.supervision.inspection.InspectionStatus.INSPECTED"
      + " and i.startedAt >= :from and i.startedAt < :to")
  long countInspectedUnits(String district, Collection<String> usccs, Instant from, Instant to);
}
