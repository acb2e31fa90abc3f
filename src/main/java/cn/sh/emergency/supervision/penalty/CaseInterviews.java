package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.ResidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interviews (询问) of penalty cases: checked (a valid identity number, a time that has passed and does not run
 * backwards, at least two certified officers of the case's district or the city, one of them the recorder), numbered
 * per case and written to the case's full-process record. The 询问笔录 is issued from each.
 */
@Service
@Transactional
public class CaseInterviews {

  /** An interview longer than this is two interviews (a typing slip in a day or hour is the usual cause). */
  static final Duration LONGEST = Duration.ofHours(12);

  private final CaseInterviewRepository interviews;
  private final EnforcementCertificates certificates;
  private final DistrictPeople people;
  private final CaseRecords caseRecords;

  CaseInterviews(CaseInterviewRepository interviews, EnforcementCertificates certificates, DistrictPeople people,
                 CaseRecords caseRecords) {
    this.interviews = interviews;
    this.certificates = certificates;
    this.people = people;
    this.caseRecords = caseRecords;
  }

  /** Checks and records the interview as the case's next one; 400 with every problem found, nothing written. */
  public InterviewView record(String caseNo, String district, InterviewRequest request, String actor, Instant at) {
    List<String> problems = new ArrayList<>();
    String idNumber = request.idNumber().trim().toUpperCase(java.util.Locale.ROOT);
    if (!ResidentId.isValid(idNumber)) {
      problems.add("被询问人身份证号码无效");
    }
    Instant started = BureauTime.of(request.startedAt());
    Instant ended = BureauTime.of(request.endedAt());
    if (!ended.isAfter(started)) {
      problems.add("询问结束时间须晚于开始时间");
    } else if (Duration.between(started, ended).compareTo(LONGEST) > 0) {
      problems.add("一次询问不能超过" + LONGEST.toHours() + "小时，请核对询问时间");
    }
    if (ended.isAfter(at)) {
      problems.add("询问结束时间不能晚于现在");
    }
    Investigators.Check officers = Investigators.check(request.officers(), certificates::officer, "询问人");
    problems.addAll(officers.problems());
    Set<String> offered = people.ids(StaffRole.OFFICER, district);
    List<String> elsewhere = officers.officers().stream().map(EnforcementOfficer::userId)
        .filter(id -> !offered.contains(id)).toList();
    if (!elsewhere.isEmpty()) {
      problems.add("询问人不属于本案所属区：" + String.join("、", elsewhere));
    }
    if (!Investigators.ids(request.officers()).contains(request.recorder().trim())) {
      problems.add("记录人应当是询问人之一");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("询问笔录有误：" + String.join("；", problems));
    }
    int seq = interviews.findFirstByCaseNoOrderBySeqDesc(caseNo).map(i -> i.view().seq() + 1).orElse(1);
    InterviewView interview = interviews.saveAndFlush(new CaseInterview(caseNo, seq, request, idNumber, started, ended,
        Investigators.toJson(officers.officers()), InterviewView.questionsToJson(request.questions()), actor, at))
        .view();
    caseRecords.append(caseNo, new RecordEntry(RecordKind.EVIDENCE, at, actor, null, "询问", null, "INTERVIEWED",
        "询问" + interview.name() + "（" + interview.relation() + "），" + BureauTime.minuteOf(started) + "至"
            + BureauTime.minuteOf(ended) + "，" + interview.place() + "，共" + interview.questions().size() + "问",
        Map.of("interview", seq, "interviewee", interview.name())).withOutcomeName("第" + seq + "次询问"));
    return interview;
  }

  @Transactional(readOnly = true)
  public List<InterviewView> of(String caseNo) {
    return interviews.findByCaseNoOrderBySeqAsc(caseNo).stream().map(CaseInterview::view).toList();
  }

  @Transactional(readOnly = true)
  public Optional<InterviewView> latest(String caseNo) {
    return interviews.findFirstByCaseNoOrderBySeqDesc(caseNo).map(CaseInterview::view);
  }
}
