package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseLedgerRepository extends JpaRepository<CaseLedgerEntry, String>,
    JpaSpecificationExecutor<CaseLedgerEntry> {

  /** Locks the row so that records of one case are appended one after the other, never forking the chain. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CaseLedgerEntry c where c.caseNo = :caseNo")
  Optional<CaseLedgerEntry> lockByCaseNo(String caseNo);
}
