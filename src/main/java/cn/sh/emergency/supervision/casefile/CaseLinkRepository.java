package cn.sh.emergency.supervision.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseLinkRepository extends JpaRepository<CaseLink, Long> {

  List<CaseLink> findByCaseNoOrderByIdAsc(String caseNo);

  List<CaseLink> findByEarlierCaseNoOrderByIdAsc(String earlierCaseNo);
}
