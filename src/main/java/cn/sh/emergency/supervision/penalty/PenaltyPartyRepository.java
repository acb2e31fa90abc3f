package cn.sh.emergency.supervision.penalty;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PenaltyPartyRepository extends JpaRepository<PenaltyParty, Long> {

  List<PenaltyParty> findByCaseNoOrderByPartyNoAsc(String caseNo);

  /** Payments of one party are recorded one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from PenaltyParty p where p.decisionNo = :decisionNo")
  Optional<PenaltyParty> lockByDecisionNo(String decisionNo);

  Optional<PenaltyParty> findByDecisionNo(String decisionNo);
}
