package cn.sh.emergency.supervision.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

  Optional<InspectionPlan> findByCaseNo(String caseNo);

  List<InspectionPlan> findByDistrictInOrderByPeriodFromDescCaseNoAsc(Collection<String> districts);
}
