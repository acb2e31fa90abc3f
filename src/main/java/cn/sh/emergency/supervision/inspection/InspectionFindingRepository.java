package cn.sh.emergency.supervision.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

  List<InspectionFinding> findByCaseNoOrderBySeqAsc(String caseNo);
}
