package cn.sh.emergency.supervision.penalty;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseInterviewRepository extends JpaRepository<CaseInterview, Long> {

  List<CaseInterview> findByCaseNoOrderBySeqAsc(String caseNo);

  Optional<CaseInterview> findFirstByCaseNoOrderBySeqDesc(String caseNo);
}
