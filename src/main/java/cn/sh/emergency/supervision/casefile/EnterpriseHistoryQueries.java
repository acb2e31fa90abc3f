package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The ledger and record queries behind {@link EnterpriseHistory}, each within the given districts. */
interface EnterpriseHistoryQueries extends JpaRepository<CaseLedgerEntry, String> {

  @Query("select c.caseNo from CaseLedgerEntry c where c.district in :districts and c.enterpriseUscc = :uscc"
      + " and c.lifecycle = :lifecycle and c.openedAt >= :since order by c.openedAt")
  List<String> casesOpenedSince(Collection<String> districts, String uscc, String lifecycle, Instant since);

  @Query("select c from CaseLedgerEntry c where c.district in :districts and c.enterpriseUscc = :uscc"
      + " and c.openedAt >= :since order by c.openedAt, c.caseNo")
  List<CaseLedgerEntry> everyCaseOpenedSince(Collection<String> districts, String uscc, Instant since);

  @Query("select c.caseNo from CaseLedgerEntry c where c.district in :districts and c.enterpriseUscc = :uscc"
      + " and c.listed = true and c.closedAt is null order by c.openedAt")
  List<String> openListedCases(Collection<String> districts, String uscc);

  @Query("select distinct r.caseNo from CaseRecord r, CaseLedgerEntry c where r.caseNo = c.caseNo"
      + " and c.district in :districts and c.enterpriseUscc = :uscc and r.outcome = :outcome"
      + " and r.occurredAt >= :since")
  List<String> casesWithOutcomeSince(Collection<String> districts, String uscc, String outcome, Instant since);

  @Query("select c.caseNo from CaseLedgerEntry c where c.enterpriseUscc = :uscc and c.caseType = :caseType"
      + " and c.deaths > 0 and c.openedAt >= :since order by c.openedAt")
  List<String> fatalCasesSince(String uscc, String caseType, Instant since);
}
