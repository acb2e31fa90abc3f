package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.shared.NotFoundException;
import java.util.Arrays;

/**
 * The enforcement documents the system issues, each with its name in URLs, its title and the kind characters of its
 * number ({@code 沪静应急责改〔2026〕3号}); a document numbered by its lifecycle (a penalty decision at the decision, an
 * accident report's approval when published) has none of its own.
 */
public enum DocumentType {
  INSPECTION_NOTICE("inspection-notice", "安全生产执法检查通知书", "检通"),
  SITE_INSPECTION_RECORD("site-inspection-record", "现场检查记录", "检记"),
  RECTIFICATION_ORDER("rectification-order", "责令限期整改指令书", "责改"),
  RECTIFICATION_REVIEW("rectification-review", "整改复查意见书", "复查"),
  PENALTY_NOTICE("penalty-notice", "行政处罚告知书", "罚告"),
  HEARING_NOTICE("hearing-notice", "听证告知书", "听告"),
  PENALTY_DECISION("penalty-decision", "行政处罚决定书", null),
  NO_PENALTY_DECISION("no-penalty-decision", "不予行政处罚决定书", "不罚"),
  REGISTRATION_APPROVAL("registration-approval", "立案审批表", "立"),
  INTERVIEW_RECORD("interview-record", "询问笔录", "询"),
  PAYMENT_DEMAND("payment-demand", "罚款催缴通知书", "催"),
  COLLECTIVE_DISCUSSION("collective-discussion", "集体讨论记录", "讨"),
  COURT_ENFORCEMENT("court-enforcement", "强制执行申请书", "强执"),
  HEARING_MINUTES("hearing-minutes", "听证笔录", "听录"),
  SERVICE_RECEIPT("service-receipt", "送达回执", "送"),
  CASE_HANDLING_APPROVAL("case-handling-approval", "案件处理呈批表", "呈"),
  CRIME_TRANSFER("crime-transfer", "涉嫌犯罪案件移送书", "移"),
  ON_THE_SPOT_DECISION("on-the-spot-decision", "当场行政处罚决定书", null),
  CLOSURE_APPROVAL("closure-approval", "结案审批表", "结"),
  LEGAL_REVIEW_OPINION("legal-review-opinion", "法制审核意见书", "法审"),
  ACCIDENT_REPORT_APPROVAL("accident-report-approval", "事故调查报告批复", null);

  private final String slug;
  private final String title;
  private final String numberKind;

  DocumentType(String slug, String title, String numberKind) {
    this.slug = slug;
    this.title = title;
    this.numberKind = numberKind;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /** The kind characters of its own number series, or {@code null} when the lifecycle numbers it. */
  public String numberKind() {
    return numberKind;
  }

  public static DocumentType ofSlug(String slug) {
    return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst()
        .orElseThrow(() -> new NotFoundException("未知的文书类型：" + slug));
  }
}
