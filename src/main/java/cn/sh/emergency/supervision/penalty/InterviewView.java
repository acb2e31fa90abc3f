package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;

/** An interview as recorded: its number in the case ({@code seq}), the person, time, place, officers and questions. */
public record InterviewView(String caseNo, int seq, String name, String gender, String idNumber, String employer,
                            String position, String phone, String address, String relation, String place,
                            Instant startedAt, Instant endedAt, List<EnforcementOfficer> officers, String recorder,
                            List<QuestionAndAnswer> questions, String recordedBy, Instant recordedAt) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The subject its 询问笔录 is issued for: {@code interview-2}. */
  public String documentSubject() {
    return subject(seq);
  }

  public static String subject(int seq) {
    return "interview-" + seq;
  }

  static String questionsToJson(List<QuestionAndAnswer> questions) {
    try {
      return JSON.writeValueAsString(questions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("questions cannot be written as JSON", e);
    }
  }

  static List<QuestionAndAnswer> questionsFromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("questions of an interview cannot be read", e);
    }
  }
}
