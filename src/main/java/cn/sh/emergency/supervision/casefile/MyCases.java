package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.shared.CalendarNotCoveredException;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own cases, from the full-process record: 我的已办 — the cases in which the user completed a task, the
 * latest first, with the steps done; 我发起的 — the cases the user started (reported, proposed), the newest first.
 * Only cases of districts the user may see now are listed.
 */
@Service
@Transactional(readOnly = true)
public class MyCases {

  /** Which of the user's lists. */
  public enum Listing {
    /** 我的已办. */
    DONE(RecordKind.TASK_COMPLETED),
    /** 我发起的. */
    STARTED(RecordKind.CASE_OPENED);

    private final RecordKind kind;

    Listing(RecordKind kind) {
      this.kind = kind;
    }
  }

  private final CaseRecordRepository records;
  private final CaseLedgerRepository ledger;
  private final Deadline deadline;

  MyCases(CaseRecordRepository records, CaseLedgerRepository ledger, Deadline deadline) {
    this.records = records;
    this.ledger = ledger;
    this.deadline = deadline;
  }

  public Page<MyCase> of(AuthenticatedUser user, Listing listing, int page, int size) {
    PageRequest request = PageRequest.of(page, size);
    List<String> districts = user.visibleDistricts();
    if (districts.isEmpty()) {
      return Page.empty(request);
    }
    Page<CaseRecordRepository.ActorCase> found = records.findCasesOfActor(user.userId(), listing.kind.name(), districts,
        request);
    List<String> caseNos = found.getContent().stream().map(CaseRecordRepository.ActorCase::getCaseNo)
        .toList();
    Map<String, CaseSummary> rows = ledger.findAllById(caseNos).stream().map(CaseLedgerEntry::summary)
        .collect(Collectors.toMap(CaseSummary::caseNo, Function.identity()));
    Map<String, List<MyCase.Step>> steps = listing == Listing.DONE ? stepsDone(user, caseNos) : Map.of();
    Instant now = EngineClock.now();
    List<MyCase> cases = found.getContent().stream()
        .map(c -> myCase(rows.get(c.getCaseNo()), c.getLastAt(), steps.getOrDefault(c.getCaseNo(),
            List.of()), now))
        .toList();
    return new PageImpl<>(cases, request, found.getTotalElements());
  }

  private Map<String, List<MyCase.Step>> stepsDone(AuthenticatedUser user,
                                                             List<String> caseNos) {
    if (caseNos.isEmpty()) {
      return Map.of();
    }
    return records.findByCaseNoInAndActorAndKindOrderByOccurredAtDesc(caseNos, user.userId(),
            RecordKind.TASK_COMPLETED.name()).stream()
        .collect(Collectors.groupingBy(CaseRecord::caseNo,
            Collectors.mapping(r -> new MyCase.Step(r.activityName(), r.occurredAt()), Collectors.toList())));
  }

  private MyCase myCase(CaseSummary c, Instant lastAt, List<MyCase.Step> steps, Instant now) {
    return new MyCase(c.caseNo(), c.lifecycle(), c.district(), c.enterpriseName(), c.stageName(), c.openedAt(),
        c.deadlineAt(), c.deadlineProvisional(), c.closedAt(), c.overdue(), light(c, now), lastAt, steps);
  }

  /** Red past the deadline, yellow from 3 working days before it (as Tasklist's task cards), else green. */
  private String light(CaseSummary c, Instant now) {
    if (c.closedAt() != null || c.deadlineAt() == null) {
      return null;
    }
    if (c.overdue() || now.isAfter(c.deadlineAt())) {
      return "red";
    }
    try {
      return now.isBefore(deadline.dueSoonFrom(c.deadlineAt(), Deadline.DUE_SOON_WORKING_DAYS).toInstant())
          ? "green" : "yellow";
    } catch (CalendarNotCoveredException beyondTheCalendar) {
      return "green";
    }
  }
}
