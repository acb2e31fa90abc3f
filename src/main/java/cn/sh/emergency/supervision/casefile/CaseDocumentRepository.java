package cn.sh.emergency.supervision.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

  Optional<CaseDocument> findByCaseNoAndDocumentTypeAndSubject(String caseNo, String documentType, String subject);

  Optional<CaseDocument> findByDocumentNo(String documentNo);

  List<CaseDocument> findByCaseNoOrderByIdAsc(String caseNo);
}
