package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseReferralRepository extends JpaRepository<CaseReferral, Long> {

  List<CaseReferral> findByCaseNoOrderByIdAsc(String caseNo);

  List<CaseReferral> findByTargetCaseNoOrderByIdAsc(String targetCaseNo);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from CaseReferral r where r.id = :id")
  Optional<CaseReferral> lock(Long id);

  @Query("""
      select r from CaseReferral r, CaseLedgerEntry c
      where c.caseNo = r.caseNo and r.kind = :kind and r.targetCaseNo is null and c.district in :districts
      order by r.id""")
  List<CaseReferral> findOpen(String kind, Collection<String> districts);
}
