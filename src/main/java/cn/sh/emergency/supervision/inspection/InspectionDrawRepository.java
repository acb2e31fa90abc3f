package cn.sh.emergency.supervision.inspection;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InspectionDrawRepository extends JpaRepository<InspectionDraw, Long> {

  Optional<InspectionDraw> findByDrawNo(String drawNo);

  /** A draw is run once, also when two requests arrive at once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from InspectionDraw d where d.drawNo = :drawNo")
  Optional<InspectionDraw> lockByDrawNo(String drawNo);

  List<InspectionDraw> findByPlanCaseNoOrderByIdAsc(String planCaseNo);

  long countByPlanCaseNo(String planCaseNo);
}
