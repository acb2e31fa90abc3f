package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRecordRepository extends JpaRepository<CaseRecord, Long> {

  /** A case and when its actor last made a record of a kind in it. */
  interface ActorCase {
    String getCaseNo();

    Instant getLastAt();
  }

  List<CaseRecord> findByCaseNoOrderBySeqAsc(String caseNo);

  List<CaseRecord> findByCaseNoAndSeqBetweenOrderBySeqAsc(String caseNo, int fromSeq, int toSeq);

  List<CaseRecord> findByCaseNoAndKindInOrderBySeqDesc(String caseNo, Collection<String> kinds, Pageable page);

  /** The cases of the districts in which the actor made records of the kind, the latest first. */
  @Query(value = """
      select r.caseNo as caseNo, max(r.occurredAt) as lastAt from CaseRecord r, CaseLedgerEntry l
      where l.caseNo = r.caseNo and r.actor = :actor and r.kind = :kind and l.district in :districts
      group by r.caseNo order by max(r.occurredAt) desc, r.caseNo desc""",
      countQuery = """
      select count(distinct r.caseNo) from CaseRecord r, CaseLedgerEntry l
      where l.caseNo = r.caseNo and r.actor = :actor and r.kind = :kind and l.district in :districts""")
  Page<ActorCase> findCasesOfActor(@Param("actor") String actor, @Param("kind") String kind,
                                   @Param("districts") Collection<String> districts, Pageable page);

  List<CaseRecord> findByCaseNoInAndActorAndKindOrderByOccurredAtDesc(Collection<String> caseNos, String actor,
                                                                      String kind);
}
