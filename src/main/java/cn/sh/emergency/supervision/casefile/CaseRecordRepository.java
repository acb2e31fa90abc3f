package cn.sh.emergency.supervision.casefile;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRecordRepository extends JpaRepository<CaseRecord, Long> {

  List<CaseRecord> findByCaseNoOrderBySeqAsc(String caseNo);

  List<CaseRecord> findByCaseNoAndKindOrderBySeqDesc(String caseNo, String kind, Pageable page);
}
