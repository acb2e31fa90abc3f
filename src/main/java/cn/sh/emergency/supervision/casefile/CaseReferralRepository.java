package cn.sh.emergency.supervision.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReferralRepository extends JpaRepository<CaseReferral, Long> {

  List<CaseReferral> findByCaseNoOrderByIdAsc(String caseNo);
}
