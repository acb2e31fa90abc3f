package cn.sh.emergency.supervision.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanEntryRepository extends JpaRepository<PlanEntry, Long> {

  List<PlanEntry> findByPlanCaseNoOrderByUsccAsc(String planCaseNo);

  Optional<PlanEntry> findByPlanCaseNoAndUscc(String planCaseNo, String uscc);

  @Modifying
  @Query("delete from PlanEntry e where e.planCaseNo = :planCaseNo")
  void deleteByPlan(String planCaseNo);
}
