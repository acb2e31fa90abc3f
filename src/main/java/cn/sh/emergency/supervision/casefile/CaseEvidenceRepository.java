package cn.sh.emergency.supervision.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEvidenceRepository extends JpaRepository<CaseEvidence, Long> {

  List<CaseEvidence> findByCaseNoOrderByIdAsc(String caseNo);

  Optional<CaseEvidence> findByIdAndCaseNo(Long id, String caseNo);
}
