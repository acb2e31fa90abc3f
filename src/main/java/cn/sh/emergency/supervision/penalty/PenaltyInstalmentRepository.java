package cn.sh.emergency.supervision.penalty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenaltyInstalmentRepository extends JpaRepository<PenaltyInstalment, Long> {

  List<PenaltyInstalment> findByPartyIdOrderBySeqAsc(Long partyId);
}
