package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.documents.ChineseWriting.text;

import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.documents.DocumentDraft;
import cn.sh.emergency.supervision.documents.DocumentRequest;
import cn.sh.emergency.supervision.documents.DocumentSource;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.OfficialDocument;
import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 询问笔录 (行政处罚法 art. 55): one for each interview of a penalty case, issued when the interview is recorded — the
 * time and place, the person heard, the officers with their certificate numbers, the notice of his rights, the
 * questions and answers, the confirmation and the signature lines. A request drafts the case's latest interview;
 * earlier ones are read by their subject ({@code interview-1}).
 */
@Component
class InterviewDocuments implements DocumentSource {

  private final CaseInterviews interviews;
  private final UserNames names;

  InterviewDocuments(CaseInterviews interviews, UserNames names) {
    this.interviews = interviews;
    this.names = names;
  }

  @Override
  public CaseType caseType() {
    return CaseType.PN;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.INTERVIEW_RECORD);
  }

  @Override
  public DocumentDraft draft(DocumentRequest request) {
    InterviewView interview = interviews.latest(request.caseNo()).orElseThrow(() ->
        new ConflictException("本案尚未登记询问，暂不能出具询问笔录：" + request.caseNo()));
    District district = District.of(request.summary().district());
    String officerNames = interview.officers().stream().map(EnforcementOfficer::name).collect(Collectors.joining("、"));
    String numbers = interview.officers().stream().map(EnforcementOfficer::certificateNo)
        .collect(Collectors.joining("、"));
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of("询问时间", ChineseWriting.span(interview.startedAt(), interview.endedAt())));
    rows.add(Row.of("询问地点", interview.place()));
    rows.add(Row.of("被询问人", interview.name(), "性别", interview.gender()));
    rows.add(Row.of("身份证件号码", interview.idNumber(), "联系电话", text(interview.phone())));
    rows.add(Row.of("工作单位", text(interview.employer()), "职务", text(interview.position())));
    rows.add(Row.of("住址", text(interview.address())));
    rows.add(Row.of("与本案关系", interview.relation(), "案件编号", request.caseNo()));
    for (EnforcementOfficer officer : interview.officers()) {
      rows.add(Row.of("询问人", officer.name(), "执法证号", officer.certificateNo()));
    }
    rows.add(Row.of("记录人", names.of(interview.recorder()), "询问次数", "第" + interview.seq() + "次"));
    OfficialDocument.Builder doc = OfficialDocument.builder(ChineseWriting.bureau(district),
            DocumentType.INTERVIEW_RECORD.title())
        .table(rows)
        .paragraph("问：我们是" + ChineseWriting.bureau(district) + "的执法人员" + officerNames + "，执法证号分别为" + numbers
            + "，这是我们的执法证件（出示证件）。现就" + request.summary().enterpriseName()
            + "涉嫌安全生产违法一案依法向你调查询问。你应当如实回答问题，不得作伪证；你认为执法人员与本案有直接利害关系或者"
            + "其他关系可能影响公正执法的，有权申请回避。你听清楚了吗？是否申请回避？");
    for (QuestionAndAnswer qa : interview.questions()) {
      doc.paragraph("问：" + qa.question().trim()).paragraph("答：" + qa.answer().trim());
    }
    doc.paragraph("被询问人：以上笔录我已看过（或者已向我宣读），与我所说的相符。")
        .signature("被询问人（签名）：____________　　年　　月　　日")
        .signature("询问人（签名）：" + officerNames)
        .signature("记录人（签名）：" + names.of(interview.recorder()))
        .note("被询问人应当在笔录的每一页签名或者盖章、按指印；有修改的，在修改处签名或者按指印。")
        .note("被询问人拒绝签名的，询问人应当在笔录上注明情况。");
    return new DocumentDraft(interview.documentSubject(), null,
        doc.sealedOn(BureauTime.dayOf(interview.startedAt())));
  }
}
