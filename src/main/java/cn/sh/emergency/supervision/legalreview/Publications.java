package cn.sh.emergency.supervision.legalreview;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政执法公示: publishes decisions with individuals' names masked and identity numbers never stored, withdraws a
 * changed or revoked decision, and records both in the case's full-process record.
 */
@Service
@Transactional
public class Publications {

  private final PublicationRepository publications;
  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  Publications(PublicationRepository publications, CaseFile caseFile, CaseRecords caseRecords) {
    this.publications = publications;
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  public PublicationView publish(DecisionForPublication decision, Instant due, String actor) {
    if (publications.findByDecisionNo(decision.decisionNo()).isPresent()) {
      throw new ConflictException("该决定已公示：" + decision.decisionNo());
    }
    String persons = decision.persons().stream().map(PersonNames::mask).collect(Collectors.joining("、"));
    Publication saved = publications.save(new Publication(decision.forThePublic(), persons, due, EngineClock.now()));
    PublicationView view = saved.view();
    caseFile.recordPublication(decision.caseNo(), view.late());
    caseRecords.append(decision.caseNo(), new RecordEntry(RecordKind.PUBLICATION, view.publishedAt(), actor, null,
        "公示：" + decision.decisionNo(), null, view.late() ? "LATE" : "ON_TIME", null,
        Map.of("decisionNo", decision.decisionNo(), "publicationDue", due.toString(), "late", view.late()))
        .withOutcomeName(view.late() ? "逾期公示" : "按期公示"));
    return view;
  }

  public PublicationView withdraw(String decisionNo, String reason, String actor) {
    Publication publication = publications.findByDecisionNo(decisionNo)
        .orElseThrow(() -> new NotFoundException("未找到公示的决定：" + decisionNo));
    if (publication.isWithdrawn()) {
      throw new ConflictException("该决定的公示已撤回：" + decisionNo);
    }
    Instant now = EngineClock.now();
    publication.withdraw(now, reason);
    caseRecords.append(publication.caseNo(), new RecordEntry(RecordKind.CORRECTION, now, actor, null,
        "撤回公示：" + decisionNo, null, "WITHDRAWN", reason, Map.of("decisionNo", decisionNo))
        .withOutcomeName("已撤回公示"));
    return publication.view();
  }

  @Transactional(readOnly = true)
  public PublicationView find(String decisionNo) {
    return publications.findByDecisionNo(decisionNo).map(Publication::view)
        .orElseThrow(() -> new NotFoundException("未找到公示的决定：" + decisionNo));
  }

  /** Published, not withdrawn decisions, newest first; every filter optional. */
  @Transactional(readOnly = true)
  public Page<PublicDecision> search(String enterprise, String district, LocalDate from, LocalDate to, int page,
                                     int size) {
    Specification<Publication> spec = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.isNull(root.get("withdrawnAt")));
      if (enterprise != null && !enterprise.isBlank()) {
        where.add(cb.like(root.get("unitName"), "%" + escape(enterprise.trim()) + "%", '\\'));
      }
      if (district != null) {
        where.add(cb.equal(root.get("district"), district));
      }
      if (from != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("decisionDate"), from));
      }
      if (to != null) {
        where.add(cb.lessThanOrEqualTo(root.get("decisionDate"), to));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    Sort newest = Sort.by(Sort.Order.desc("decisionDate"), Sort.Order.desc("id"));
    return publications.findAll(spec, PageRequest.of(page, size, newest)).map(Publication::publicView);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
