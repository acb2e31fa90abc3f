package cn.sh.emergency.supervision.penalty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenaltyPaymentRepository extends JpaRepository<PenaltyPayment, Long> {

  List<PenaltyPayment> findByPartyIdOrderByIdAsc(Long partyId);
}
