package cn.sh.emergency.supervision.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

  Optional<Enterprise> findByUscc(String uscc);

  List<Enterprise> findByUsccIn(Collection<String> usccs);
}
