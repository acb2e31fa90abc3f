package cn.sh.emergency.supervision.legalreview;

import static cn.sh.emergency.supervision.documents.ChineseWriting.text;

import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.documents.DocumentDraft;
import cn.sh.emergency.supervision.documents.DocumentRequest;
import cn.sh.emergency.supervision.documents.DocumentSource;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.OfficialDocument;
import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Code;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.ReviewItem;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Var;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.ProcessHistory;
import cn.sh.emergency.supervision.shared.process.ProcessHistory.Completion;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The legal review opinion (法制审核意见书) of a review: what was submitted, each review item of 行政处罚法 art. 58
 * with its finding, the conclusion and the opinion, signed by the reviewer. Drafted for a legal review opened as a
 * case of its own, and for the review a penalty case called for one of its parties.
 */
@Component
public class LegalReviewDocuments implements DocumentSource {

  /** The review items in the order of the review form, with how the opinion names them. */
  static final Map<String, String> ITEMS = new LinkedHashMap<>();

  static {
    ITEMS.put(ReviewItem.AUTHORITY, "执法主体合法、执法人员具备执法资格");
    ITEMS.put(ReviewItem.PROCEDURE, "执法程序合法");
    ITEMS.put(ReviewItem.FACTS, "案件事实清楚");
    ITEMS.put(ReviewItem.EVIDENCE, "证据合法充分");
    ITEMS.put(ReviewItem.LEGAL_BASIS, "适用法律依据准确");
    ITEMS.put(ReviewItem.DISCRETION, "自由裁量适当（在裁量基准内）");
    ITEMS.put(ReviewItem.DOCUMENTS, "执法文书完备、规范");
    ITEMS.put(ReviewItem.CRIME_TRANSFER, "已审查是否涉嫌犯罪需要移送司法机关");
  }

  private final ProcessHistory history;
  private final UserNames names;
  private final Deadline deadline;

  LegalReviewDocuments(ProcessHistory history, UserNames names, Deadline deadline) {
    this.history = history;
    this.names = names;
    this.deadline = deadline;
  }

  @Override
  public CaseType caseType() {
    return CaseType.LR;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.LEGAL_REVIEW_OPINION);
  }

  @Override
  public DocumentDraft draft(DocumentRequest request) {
    return opinion(request, request.processInstanceId(), "", request.summary().enterpriseName());
  }

  /**
   * The opinion of the review process instance, as of its latest review decision; each decision is a document of
   * its own (subject {@code <subjectPrefix>review-N}).
   *
   * @param party who the reviewed decision concerns
   */
  public DocumentDraft opinion(DocumentRequest request, String reviewProcessInstanceId, String subjectPrefix,
                               String party) {
    List<Completion> reviews = history.completions(reviewProcessInstanceId,
        LegalReviewProcess.USER_TASK_REVIEW_DECISION);
    Map<String, Object> vars = history.variables(reviewProcessInstanceId);
    if (reviews.isEmpty() || vars.get(Var.LEGAL_REVIEW_OUTCOME) == null) {
      throw new ConflictException("尚未作出法制审核结论，暂不能出具法制审核意见书：" + request.caseNo());
    }
    Completion review = reviews.get(reviews.size() - 1);
    LocalDate reviewedOn = deadline.dayOf(review.endedAt());
    LocalDate submittedOn = deadline.dayOf(history.startOf(reviewProcessInstanceId));
    String reviewer = vars.get(Var.LEGAL_REVIEWER) != null ? vars.get(Var.LEGAL_REVIEWER).toString()
        : review.assignee();
    List<Row> rows = new ArrayList<>(List.of(
        Row.of("案件编号", request.caseNo(), "送审日期", ChineseWriting.date(submittedOn)),
        Row.of("当事人", party, "决定类型", Coded.nameOf(DecisionType.class, vars.get(Var.DECISION_TYPE))),
        Row.of("拟作出的决定", text(vars.get(Var.DRAFT_DECISION))),
        Row.of("拟罚款金额", fine(vars.get(Var.PROPOSED_FINE_YUAN)), "法律依据", text(vars.get(Var.LEGAL_BASIS))),
        Row.of("承办人", names.of(text(vars.get(Var.HANDLER))), "法制审核人员", names.of(reviewer))));
    List<Row> items = new ArrayList<>();
    for (Map.Entry<String, String> item : ITEMS.entrySet()) {
      items.add(Row.of(item.getValue(), Boolean.TRUE.equals(vars.get(item.getKey())) ? "是" : "否"));
    }
    OfficialDocument document = OfficialDocument.builder(
            ChineseWriting.bureau(District.of(request.summary().district())), DocumentType.LEGAL_REVIEW_OPINION.title())
        .table(rows)
        .paragraph(StatuteTexts.text("legal-review.opinion.basis"))
        .table(items)
        .field("审核结论", conclusion(vars.get(Var.LEGAL_REVIEW_OUTCOME)))
        .field("审核意见", text(vars.get(Var.LEGAL_REVIEW_OPINION)))
        .paragraph("未经法制审核或者审核未通过的，不得作出决定。")
        .signature("法制审核人员（签名）：" + names.of(reviewer) + "　　" + ChineseWriting.date(reviewedOn))
        .note("本意见书一式两份：一份附卷，一份送承办机构。")
        .sealedOn(reviewedOn);
    return new DocumentDraft(subjectPrefix + "review-" + reviews.size(), null, document);
  }

  private static String conclusion(Object outcome) {
    if (Code.APPROVED.equals(outcome)) {
      return "同意";
    }
    return Code.RETURNED.equals(outcome) ? "退回补充材料" : "不同意";
  }

  private static String fine(Object yuan) {
    return yuan instanceof Number n ? ChineseWriting.amount(n.longValue()) : "";
  }
}
