package cn.sh.emergency.supervision.penalty;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrincipalBanRepository extends JpaRepository<PrincipalBan, Long> {

  Optional<PrincipalBan> findByPartyIdAndBasis(Long partyId, BanBasis basis);

  List<PrincipalBan> findByIdNumberOrderByStartsOnAsc(String idNumber);

  List<PrincipalBan> findByCaseNoOrderByIdAsc(String caseNo);
}
