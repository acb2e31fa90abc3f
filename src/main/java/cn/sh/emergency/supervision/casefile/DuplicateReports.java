package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate reports (重复报告): a newly opened case against the earlier cases of its district and lifecycle (open or
 * closed, not canceled) that report the same thing under its {@link DuplicateRule}, compared by
 * {@link ReportMatching}. A match is refused unless the reporter confirmed the report is not a duplicate; then the
 * cases are linked (关联案件). Runs inside the transaction that opened the case, after its case number was taken: the
 * number's counter row is locked until that transaction ends, so two reports of one district are compared one after
 * the other and the second sees the first.
 */
@Service
@Transactional
public class DuplicateReports {

  private static final String ACTIVITY_NAME = RecordKind.RELATED_CASE.chineseName();

  private final CaseLedgerRepository ledger;
  private final CaseLinkRepository links;
  private final CaseRecords caseRecords;
  private final DuplicateWindows windows;

  DuplicateReports(CaseLedgerRepository ledger, CaseLinkRepository links, CaseRecords caseRecords,
                   DuplicateWindows windows) {
    this.ledger = ledger;
    this.links = links;
    this.caseRecords = caseRecords;
    this.windows = windows;
  }

  /**
   * Keeps what the case's report said and compares it with the earlier reports. Refused ({@link ConflictException}:
   * the earlier cases with their stage and report time; the caller's transaction rolls back, so nothing is written)
   * unless {@code confirmed}; confirmed, the case is linked to each earlier case and both records say so. Returns the
   * earlier cases the case was linked to.
   */
  public List<String> check(String caseNo, DuplicateRule rule, ReportedFacts facts, boolean confirmed, String actor,
                            Instant at) {
    CaseLedgerEntry report = ledger.findById(caseNo).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
    report.reported(facts);
    List<CaseLedgerEntry> earlier = earlierReports(report, rule);
    if (earlier.isEmpty()) {
      return List.of();
    }
    if (!confirmed) {
      throw new ConflictException(refusal(rule, earlier));
    }
    List<String> earlierCases = earlier.stream().map(CaseLedgerEntry::caseNo).toList();
    for (String earlierCase : earlierCases) {
      links.save(new CaseLink(caseNo, earlierCase, actor, at));
      caseRecords.append(earlierCase, new RecordEntry(RecordKind.RELATED_CASE, at, actor, null, ACTIVITY_NAME, null,
          null, "后报案件" + caseNo + "经报告人确认不是重复报告，与本案关联", Map.of("laterCase", caseNo)));
    }
    caseRecords.append(caseNo, new RecordEntry(RecordKind.RELATED_CASE, at, actor, null, ACTIVITY_NAME,
        report.processInstanceId(), null, "报告人确认不是重复报告，与先报案件关联：" + String.join("、", earlierCases),
        Map.of("earlierCases", earlierCases)));
    return earlierCases;
  }

  /** The cases linked to this one: the earlier cases it was confirmed against, and later reports confirmed against it. */
  @Transactional(readOnly = true)
  public List<RelatedCase> related(String caseNo) {
    List<RelatedCase> related = new ArrayList<>();
    links.findByCaseNoOrderByIdAsc(caseNo)
        .forEach(link -> related.add(view(link.earlierCaseNo(), RelatedCase.EARLIER_REPORT, link)));
    links.findByEarlierCaseNoOrderByIdAsc(caseNo)
        .forEach(link -> related.add(view(link.caseNo(), RelatedCase.LATER_REPORT, link)));
    return related;
  }

  private RelatedCase view(String otherCase, String relation, CaseLink link) {
    CaseSummary other = ledger.findById(otherCase).map(CaseLedgerEntry::summary)
        .orElseThrow(() -> new NotFoundException("案件不存在：" + otherCase));
    return new RelatedCase(otherCase, relation, other.lifecycle(), other.stageName(), other.openedAt(),
        other.closedAt(), link.confirmedBy(), link.linkedAt());
  }

  private List<CaseLedgerEntry> earlierReports(CaseLedgerEntry report, DuplicateRule rule) {
    boolean occurrence = rule == DuplicateRule.SAME_OCCURRENCE;
    if (occurrence ? report.occurredAt() == null : report.locationKey() == null) {
      return List.of();
    }
    return ledger.findAll(candidates(report, rule), Sort.by("openedAt", "caseNo")).stream()
        .filter(earlier -> ReportMatching.sameUnit(report.enterpriseUscc(), report.enterpriseName(),
            earlier.enterpriseUscc(), earlier.enterpriseName()))
        .filter(earlier -> occurrence
            || ReportMatching.similarDescription(report.description(), earlier.description()))
        .toList();
  }

  /**
   * Rows that may be earlier reports of the same thing: the district and lifecycle, not the case itself, not
   * canceled, the unit's credit code (or none), and under the rule the time of occurrence within the window, or the
   * same location ({@link ReportMatching#locationKey}) reported since the window's start.
   */
  private Specification<CaseLedgerEntry> candidates(CaseLedgerEntry report, DuplicateRule rule) {
    CaseSummary summary = report.summary();
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>(List.of(
          cb.equal(root.get("district"), summary.district()),
          cb.equal(root.get("lifecycle"), summary.lifecycle()),
          cb.notEqual(root.get("caseNo"), summary.caseNo()),
          cb.or(cb.isNull(root.get("outcome")), cb.notEqual(root.get("outcome"), CommonVariables.CANCELED))));
      if (summary.enterpriseUscc() != null) {
        where.add(cb.or(cb.equal(root.get("enterpriseUscc"), summary.enterpriseUscc()),
            cb.isNull(root.get("enterpriseUscc"))));
      }
      if (rule == DuplicateRule.SAME_OCCURRENCE) {
        where.add(cb.between(root.get("occurredAt"), report.occurredAt().minus(windows.occurrenceWindow()),
            report.occurredAt().plus(windows.occurrenceWindow())));
      } else {
        where.add(cb.equal(root.get("locationKey"), report.locationKey()));
        where.add(cb.greaterThanOrEqualTo(root.get("openedAt"), summary.openedAt().minus(windows.reportWindow())));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private String refusal(DuplicateRule rule, List<CaseLedgerEntry> earlier) {
    String found = rule == DuplicateRule.SAME_OCCURRENCE
        ? "本区已有同一单位、发生时间相差不超过" + inWords(windows.occurrenceWindow()) + "的事故报告"
        : "本区" + inWords(windows.reportWindow()) + "内已有同一单位、同一位置、描述相似的隐患报告";
    return "疑似重复报告：" + found + "——" + earlier.stream().map(e -> named(e, rule)).collect(Collectors.joining("；"))
        + "。如核实不是重复报告，请勾选「确认不是重复报告」（duplicateConfirmed）后重新提交，本案将与上述案件关联";
  }

  private String named(CaseLedgerEntry earlier, DuplicateRule rule) {
    CaseSummary summary = earlier.summary();
    String named = summary.caseNo() + "（" + Objects.requireNonNullElse(summary.stageName(), "办理中") + "，报告时间"
        + BureauTime.minuteOf(summary.openedAt());
    if (rule == DuplicateRule.SAME_OCCURRENCE) {
      named += "，事故发生时间" + BureauTime.minuteOf(earlier.occurredAt());
    }
    return named + "）";
  }

  /** 30日, 2小时, 30分钟. */
  static String inWords(Duration window) {
    if (window.toDays() > 0 && window.equals(Duration.ofDays(window.toDays()))) {
      return window.toDays() + "日";
    }
    if (window.toHours() > 0 && window.equals(Duration.ofHours(window.toHours()))) {
      return window.toHours() + "小时";
    }
    return window.toMinutes() + "分钟";
  }
}
