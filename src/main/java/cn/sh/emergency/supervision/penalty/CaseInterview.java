package cn.sh.emergency.supervision.penalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One interview (询问) of a penalty case's investigation, as recorded; the 询问笔录 is issued from it. */
@Entity
@Table(name = "case_interview")
class CaseInterview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseNo;
  private int seq;
  private String intervieweeName;
  private String intervieweeGender;
  private String intervieweeId;
  private String employer;
  private String position;
  private String phone;
  private String address;
  private String relation;
  private String place;
  private Instant startedAt;
  private Instant endedAt;
  /** JSON list of the officers with their certificate numbers as they were. */
  private String officers;
  private String recorder;
  /** JSON list of {@link QuestionAndAnswer}. */
  private String questionsAnswers;
  private String recordedBy;
  private Instant recordedAt;

  protected CaseInterview() {
  }

  CaseInterview(String caseNo, int seq, InterviewRequest request, String idNumber, Instant startedAt,
                Instant endedAt, String officersJson, String questionsJson, String actor, Instant at) {
    this.caseNo = caseNo;
    this.seq = seq;
    this.intervieweeName = request.name().trim();
    this.intervieweeGender = request.gender();
    this.intervieweeId = idNumber;
    this.employer = blankToNull(request.employer());
    this.position = blankToNull(request.position());
    this.phone = blankToNull(request.phone());
    this.address = blankToNull(request.address());
    this.relation = request.relation().trim();
    this.place = request.place().trim();
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.officers = officersJson;
    this.recorder = request.recorder().trim();
    this.questionsAnswers = questionsJson;
    this.recordedBy = actor;
    this.recordedAt = at;
  }

  InterviewView view() {
    return new InterviewView(caseNo, seq, intervieweeName, intervieweeGender, intervieweeId, employer, position, phone,
        address, relation, place, startedAt, endedAt, Investigators.fromJson(officers), recorder,
        InterviewView.questionsFromJson(questionsAnswers), recordedBy, recordedAt);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
