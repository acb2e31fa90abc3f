package cn.sh.emergency.supervision.hazard;

import static cn.sh.emergency.supervision.documents.ChineseWriting.text;

import cn.sh.emergency.supervision.casefile.CaseDocuments;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.IssuedDocument;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.documents.CaseSteps;
import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.documents.DocumentDraft;
import cn.sh.emergency.supervision.documents.DocumentRequest;
import cn.sh.emergency.supervision.documents.DocumentSource;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.OfficialDocument;
import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.ProcessHistory;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The hazard's documents: the order to rectify within a time limit (责令限期整改指令书, 安全生产法 art. 65) once the
 * hazard is verified with a deadline, and the review opinion (整改复查意见书) after each acceptance check.
 */
@Component
class HazardDocuments implements DocumentSource {

  private final ProcessHistory history;
  private final CaseRecords caseRecords;
  private final CaseDocuments documents;
  private final UserNames names;
  private final Deadline deadline;

  HazardDocuments(ProcessHistory history, CaseRecords caseRecords, CaseDocuments documents,
                  UserNames names, Deadline deadline) {
    this.history = history;
    this.caseRecords = caseRecords;
    this.documents = documents;
    this.names = names;
    this.deadline = deadline;
  }

  @Override
  public CaseType caseType() {
    return CaseType.HZ;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.RECTIFICATION_ORDER, DocumentType.RECTIFICATION_REVIEW);
  }

  @Override
  public DocumentDraft draft(DocumentRequest request) {
    Map<String, Object> vars = history.variables(request.processInstanceId());
    CaseSteps steps = CaseSteps.of(caseRecords.of(request.caseNo()), BureauTime.ZONE);
    return request.type() == DocumentType.RECTIFICATION_ORDER ? order(request, vars, steps)
        : review(request, vars, steps);
  }

  private DocumentDraft order(DocumentRequest request, Map<String, Object> vars, CaseSteps steps) {
    HazardLevel level = Coded.find(HazardLevel.class, vars.get(Var.HAZARD_LEVEL)).orElse(HazardLevel.UNFOUNDED);
    boolean major = level == HazardLevel.MAJOR;
    boolean general = level == HazardLevel.GENERAL && !Boolean.TRUE.equals(vars.get(Var.FIXED_ON_SPOT));
    LocalDate due = deadline.dayOrNull(vars.get(Var.RECTIFICATION_DEADLINE));
    RecordView verified = steps.last(HazardProcess.USER_TASK_VERIFY_HAZARD).orElse(null);
    if (verified == null || !(major || general) || due == null
        || major && steps.last(HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE).isEmpty()) {
      throw new ConflictException("隐患尚未核查确定整改期限（重大事故隐患须拟制督办措施），暂不能出具责令限期整改指令书："
          + request.caseNo());
    }
    District district = District.of(request.summary().district());
    OfficialDocument.Builder doc = OfficialDocument.builder(ChineseWriting.bureau(district),
            DocumentType.RECTIFICATION_ORDER.title())
        .addressee(request.summary().enterpriseName())
        .table(List.of(
            Row.of("被检查单位", request.summary().enterpriseName(), "统一社会信用代码",
                request.summary().enterpriseUscc()),
            Row.of("隐患地点", text(vars.get(Var.LOCATION)), "隐患等级", level.chineseName()),
            Row.of("核查日期", ChineseWriting.date(steps.dayOf(verified)), "案件编号", request.caseNo())))
        .paragraph("经查，你单位存在下列问题：" + text(vars.get(Var.DESCRIPTION)) + "。")
        .paragraph(StatuteTexts.text("hazard.rectification-order.basis", ChineseWriting.date(due)));
    if (major) {
      doc.field("督办整改措施", text(vars.get(Var.MEASURES_REQUIRED)))
          .field("停产停业范围", Coded.find(Suspension.class, vars.get(Var.SUSPENSION)).orElse(Suspension.NONE).ordered())
          .paragraph("重大事故隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员；整改完毕后，"
              + "你单位应当向本机关提出书面恢复生产经营申请，经审查同意后方可恢复。");
    }
    doc.paragraph("整改期间，你单位应当采取有效措施，确保安全生产。逾期未整改或者整改不合格的，本机关将依法予以处理。")
        .paragraph(ChineseWriting.remedies(district, "本指令"))
        .signature("被检查单位负责人（签名）：____________　　年　　月　　日")
        .signature("安全生产执法人员（签名）：" + names.of(verified.actor()) + "　　证号：____________")
        .note("本文书一式两份：一份由应急管理部门存档，一份交被检查单位。");
    return DocumentDraft.of(doc.sealedOn(request.today()));
  }

  private DocumentDraft review(DocumentRequest request, Map<String, Object> vars, CaseSteps steps) {
    RecordView accepted = steps.last(HazardProcess.USER_TASK_ACCEPT_RECTIFICATION).orElseThrow(() ->
        new ConflictException("整改尚未复查验收，暂不能出具整改复查意见书：" + request.caseNo()));
    int round = steps.count(HazardProcess.USER_TASK_ACCEPT_RECTIFICATION);
    boolean passed = Code.PASSED.equals(vars.get(Var.ACCEPTANCE));
    District district = District.of(request.summary().district());
    String order = documents.find(request.caseNo(), DocumentType.RECTIFICATION_ORDER.slug(), "")
        .map(IssuedDocument::documentNo)
        .map(no -> "《责令限期整改指令书》（" + no + "）")
        .orElse("责令限期整改指令（案件编号" + request.caseNo() + "）");
    OfficialDocument.Builder doc = OfficialDocument.builder(ChineseWriting.bureau(district),
            DocumentType.RECTIFICATION_REVIEW.title())
        .addressee(request.summary().enterpriseName())
        .table(List.of(
            Row.of("被复查单位", request.summary().enterpriseName(), "统一社会信用代码",
                request.summary().enterpriseUscc()),
            Row.of("隐患地点", text(vars.get(Var.LOCATION)), "复查日期", ChineseWriting.date(steps.dayOf(accepted))),
            Row.of("复查次数", "第" + round + "次", "案件编号", request.caseNo())))
        .paragraph("本机关依据" + order + "，于" + ChineseWriting.date(steps.dayOf(accepted))
            + "对你单位事故隐患整改情况进行了复查，提出如下意见：")
        .field("原责令整改的问题", text(vars.get(Var.DESCRIPTION)));
    if (passed) {
      doc.paragraph("经复查，你单位已按要求完成整改，事故隐患已消除，予以销号。");
    } else {
      LocalDate again = deadline.dayOrNull(vars.get(Var.RECTIFICATION_DEADLINE));
      doc.paragraph("经复查，你单位未按要求完成整改。现责令你单位于"
          + (again == null ? "____年__月__日" : ChineseWriting.date(again))
          + "前继续整改完毕；逾期未整改的，本机关将依法予以处理。");
    }
    doc.field("复查意见", Objects.toString(accepted.opinion(), ""))
        .paragraph(ChineseWriting.remedies(district, "本意见"))
        .signature("被复查单位负责人（签名）：____________　　年　　月　　日")
        .signature("复查人员（签名）：" + names.of(accepted.actor()) + "　　证号：____________")
        .note("本文书一式两份：一份由应急管理部门存档，一份交被复查单位。");
    return new DocumentDraft("round-" + round, null, doc.sealedOn(request.today()));
  }
}
