package cn.sh.emergency.supervision.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficerConflictRepository extends JpaRepository<OfficerConflict, Long> {

  List<OfficerConflict> findByUsccOrderByUserIdAsc(String uscc);

  Optional<OfficerConflict> findByUserIdAndUscc(String userId, String uscc);
}
