package cn.sh.emergency.supervision.accident;

import static cn.sh.emergency.supervision.documents.ChineseWriting.text;

import cn.sh.emergency.supervision.accident.AccidentProcess.Code;
import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.documents.CaseSteps;
import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.documents.DocumentDraft;
import cn.sh.emergency.supervision.documents.DocumentRequest;
import cn.sh.emergency.supervision.documents.DocumentSource;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.OfficialDocument;
import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.ProcessHistory;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The summary of the approval of an accident's investigation report (事故调查报告批复, 国务院令第493号 art. 32–34),
 * under the number it was published with: the accident, its grade and investigating level, cause, conclusion,
 * the approval and the accountability it led to.
 */
@Component
class AccidentDocuments implements DocumentSource {

  private final ProcessHistory history;
  private final CaseRecords caseRecords;
  private final UserNames names;
  private final Deadline deadline;

  AccidentDocuments(ProcessHistory history, CaseRecords caseRecords, UserNames names, Deadline deadline) {
    this.history = history;
    this.caseRecords = caseRecords;
    this.names = names;
    this.deadline = deadline;
  }

  @Override
  public CaseType caseType() {
    return CaseType.AC;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.ACCIDENT_REPORT_APPROVAL);
  }

  @Override
  public DocumentDraft draft(DocumentRequest request) {
    Map<String, Object> vars = history.variables(request.processInstanceId());
    CaseSteps steps = CaseSteps.of(caseRecords.of(request.caseNo()), BureauTime.ZONE);
    RecordView approval = steps.last(AccidentProcess.USER_TASK_APPROVE_REPORT, Code.APPROVED).orElse(null);
    Object number = vars.get(Var.REPORT_APPROVAL_NO);
    if (approval == null || number == null) {
      throw new ConflictException("事故调查报告尚未批复并公布，暂不能出具事故调查报告批复：" + request.caseNo());
    }
    LocalDate approvedOn = deadline.dayOrNull(vars.get(Var.APPROVED_AT));
    if (approvedOn == null) {
      approvedOn = steps.dayOf(approval);
    }
    String level = level(vars.get(Var.INVESTIGATING_LEVEL));
    LocalDate occurredOn = deadline.dayOrNull(vars.get(Var.OCCURRED_AT));
    String enterprise = request.summary().enterpriseName();
    OfficialDocument document = OfficialDocument.builder(
            ChineseWriting.bureau(District.of(request.summary().district())),
            DocumentType.ACCIDENT_REPORT_APPROVAL.title())
        .table(List.of(
            Row.of("事故单位", enterprise, "统一社会信用代码", request.summary().enterpriseUscc()),
            Row.of("发生日期", occurredOn == null ? "" : ChineseWriting.date(occurredOn), "事故等级",
                Coded.nameOf(AccidentGrade.class, vars.get(Var.GRADE))),
            Row.of("死亡（人）", text(vars.get(Var.DEATHS)), "重伤（人）", text(vars.get(Var.SERIOUS_INJURIES))),
            Row.of("失踪（人）", text(vars.get(Var.MISSING)), "直接经济损失",
                vars.get(Var.DIRECT_LOSS_YUAN) instanceof Number loss ? ChineseWriting.amount(loss.longValue()) : ""),
            Row.of("调查级别", level, "提级调查", Boolean.TRUE.equals(vars.get(Var.ESCALATED)) ? "是" : "否"),
            Row.of("调查组组长", names.of(text(vars.get(Var.TEAM_LEADER))), "案件编号", request.caseNo())))
        .paragraph(level + "于" + ChineseWriting.date(approvedOn) + "对" + enterprise + "事故调查报告作出批复，摘要如下：")
        .field("事故经过", text(vars.get(Var.DESCRIPTION)))
        .field("事故原因", text(vars.get(Var.CAUSE)))
        .field("调查结论", text(vars.get(Var.INVESTIGATION_REPORT)))
        .field("批复意见", text(approval.opinion()))
        .field("责任追究", accountability(vars))
        .paragraph("事故发生单位应当认真吸取事故教训，落实防范和整改措施。自批复公布之日起一年内，本机关将组织对事故整改和防范措施"
            + "落实情况进行评估，并及时向社会公开评估结果。")
        .note("本摘要依据批复编制，随事故调查报告一并公开。")
        .sealedOn(approvedOn);
    return new DocumentDraft("", number.toString(), document);
  }

  private static String accountability(Map<String, Object> vars) {
    List<String> parts = new ArrayList<>();
    if (Boolean.TRUE.equals(vars.get(Var.JUDICIAL_TRANSFER))) {
      parts.add("对涉嫌犯罪的有关人员，移送司法机关依法处理");
    }
    if (Boolean.TRUE.equals(vars.get(Var.DISCIPLINARY_REFERRAL))) {
      parts.add("对有关公职人员，移送纪检监察机关依规依纪依法处理");
    }
    if (vars.get(Var.PENALTY_CASE_NO) != null) {
      parts.add("对事故单位及其有关负责人依法实施行政处罚（一案双罚，案件编号" + vars.get(Var.PENALTY_CASE_NO) + "）");
    }
    if (vars.get(Var.ACCOUNTABILITY_NOTE) != null && !text(vars.get(Var.ACCOUNTABILITY_NOTE)).isEmpty()) {
      parts.add(text(vars.get(Var.ACCOUNTABILITY_NOTE)));
    }
    return parts.isEmpty() ? "无" : String.join("；", parts) + "。";
  }

  private static String level(Object code) {
    return Coded.find(InvestigatingLevel.class, code).map(InvestigatingLevel::chineseName).orElse("负责事故调查的人民政府");
  }
}
