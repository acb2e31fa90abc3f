package cn.sh.emergency.supervision.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRecordRepository extends JpaRepository<CaseRecord, Long> {

  List<CaseRecord> findByCaseNoOrderBySeqAsc(String caseNo);

  List<CaseRecord> findByCaseNoAndKindInOrderBySeqDesc(String caseNo, Collection<String> kinds, Pageable page);
}
