package cn.sh.emergency.supervision.penalty;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
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

  /**
   * 安全生产法 art. 113: the decisions (not revoked) against a unit, by its credit code, decided in a period, in penalty
   * cases taken up from a referral of a major hazard (the hazard case graded {@code MAJOR}).
   */
  @Query(nativeQuery = true, value = """
      select count(*) from penalty_party p
        join case_referral r on r.target_case_no = p.case_no and r.kind = 'PENALTY'
        join case_ledger h on h.case_no = r.case_no and h.case_type = 'HZ' and h.grade = 'MAJOR'
       where p.kind = 'UNIT' and p.uscc = :uscc and p.decision_no is not null and p.status <> 'REVOKED'
         and p.decided_on between :fromDay and :toDay""")
  long countMajorHazardDecisions(String uscc, LocalDate fromDay, LocalDate toDay);
}
