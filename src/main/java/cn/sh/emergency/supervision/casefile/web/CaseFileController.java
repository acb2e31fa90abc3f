package cn.sh.emergency.supervision.casefile.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.ChainVerification;
import cn.sh.emergency.supervision.casefile.DuplicateReports;
import cn.sh.emergency.supervision.casefile.LedgerFilters;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.casefile.RelatedCase;
import cn.sh.emergency.supervision.casefile.process.CaseHistory;
import cn.sh.emergency.supervision.casefile.process.CaseUrging;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Paging;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case ledger (案件台账) and a case's file; only cases of the caller's districts exist for the caller.
 */
@RestController
@RequestMapping({"/api/cases", "/dashboard/api/cases"})
class CaseFileController {

  static final int MAX_PAGE_SIZE = 200;
  /** More steps than a case has; the task forms show the latest 40. */
  static final int MAX_HISTORY = 500;

  private final CaseFile caseFile;
  private final CaseReferrals caseReferrals;
  private final CaseRecords caseRecords;
  private final CaseAccess cases;
  private final CaseUrging urging;
  private final DuplicateReports duplicates;
  private final CaseHistory history;
  private final CurrentUser currentUser;

  CaseFileController(CaseFile caseFile, CaseReferrals caseReferrals, CaseRecords caseRecords, CaseAccess cases,
                     CaseUrging urging, DuplicateReports duplicates, CaseHistory history, CurrentUser currentUser) {
    this.caseFile = caseFile;
    this.caseReferrals = caseReferrals;
    this.caseRecords = caseRecords;
    this.cases = cases;
    this.urging = urging;
    this.duplicates = duplicates;
    this.history = history;
    this.currentUser = currentUser;
  }

  /** One page of the ledger, newest first; filters as {@link LedgerFilters}. */
  @GetMapping
  LedgerPage list(LedgerFilters filters, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    Page<CaseSummary> found = caseFile.search(filters.toQuery(currentUser.get()), page, size);
    return new LedgerPage(found.getContent(), page, size, found.getTotalElements());
  }

  @GetMapping("/{caseNo}")
  CaseView get(@PathVariable String caseNo) {
    CaseSummary summary = cases.visible(caseNo);
    return new CaseView(summary, caseRecords.of(caseNo), caseReferrals.from(caseNo), caseReferrals.takenUpBy(caseNo),
        duplicates.related(caseNo));
  }

  @GetMapping("/{caseNo}/records")
  List<RecordView> records(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return caseRecords.of(caseNo);
  }

  /** 流转记录: the steps done, who (by name), when, the outcome in Chinese and the opinion, newest first. */
  @GetMapping("/{caseNo}/history")
  List<CaseHistory.Step> history(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return history.latest(caseNo, MAX_HISTORY);
  }

  @GetMapping("/{caseNo}/records/verify")
  ChainVerification verify(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return caseRecords.verify(caseNo);
  }

  /** 催办 by a leader of the case's district: raises the priority of its open tasks and records it. */
  @PostMapping("/{caseNo}/urge")
  UrgeResult urge(@PathVariable String caseNo, @RequestBody(required = false) UrgeRequest request) {
    AuthenticatedUser user = currentUser.get();
    CaseSummary summary = cases.visible(caseNo);
    if (!user.hasRole(Roles.LEADERS)) {
      throw new ForbiddenException("只有分管/主要负责人可以催办");
    }
    if (summary.closedAt() != null) {
      throw new ConflictException("案件已办结，无需催办：" + caseNo);
    }
    String reason = request == null || request.reason() == null || request.reason().isBlank()
        ? "请抓紧办理" : request.reason().trim();
    if (reason.length() > 500) {
      throw new InvalidInputException("催办说明不能超过500字");
    }
    List<String> tasks = urging.urge(caseNo, summary.processInstanceId(), user.userId(), reason);
    return new UrgeResult(caseNo, tasks, caseFile.find(caseNo).map(CaseSummary::urgeCount).orElse(0));
  }

  record LedgerPage(List<CaseSummary> items, int page, int size, long total) {
  }

  /** {@code relatedCases}: reports of the same unit confirmed not to be duplicates of each other (关联案件). */
  record CaseView(@JsonUnwrapped CaseSummary summary, List<RecordView> timeline, List<ReferralView> referrals,
                  List<ReferralView> referredFrom, List<RelatedCase> relatedCases) {

    /** The grade in Chinese: a hazard's level (一般事故隐患 …), an accident's grade (较大事故 …). */
    @JsonProperty
    String gradeName() {
      if (summary.grade() == null) {
        return null;
      }
      return CaseType.HZ.name().equals(summary.caseType()) ? Coded.nameOf(HazardLevel.class, summary.grade())
          : Coded.nameOf(AccidentGrade.class, summary.grade());
    }
  }

  record UrgeRequest(String reason) {
  }

  record UrgeResult(String caseNo, List<String> urgedTasks, int urgeCount) {
  }
}
