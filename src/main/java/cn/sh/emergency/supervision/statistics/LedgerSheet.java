package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.inspection.InspectionBasis;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One sheet of the ledger export per lifecycle: the ledger's columns every lifecycle has, then the lifecycle's own,
 * with Chinese headers and codes translated into the words of the ledger.
 */
enum LedgerSheet {

  HAZARD(HazardProcess.PROCESS_KEY, "隐患排查治理", grade -> Coded.nameOf(HazardLevel.class, grade),
      List.of(Column.of("挂牌督办", c -> c.listedAt() != null), Column.of("挂牌时间", CaseSummary::listedAt),
          Column.of("按期整改", CaseSummary::onTime))),
  ACCIDENT(AccidentProcess.PROCESS_KEY, "事故调查", grade -> Coded.nameOf(AccidentGrade.class, grade),
      List.of(Column.of("提级调查", CaseSummary::escalated), Column.of("按时报告", CaseSummary::reportedOnTime),
          Column.of("评估应完成时间", CaseSummary::evaluationDueAt), Column.of("评估完成时间", CaseSummary::evaluatedAt),
          Column.of("公示数", CaseSummary::publications))),
  PENALTY(DualPenaltyProcess.PROCESS_KEY, "一案双罚", grade -> Coded.nameOf(AccidentGrade.class, grade),
      List.of(Column.of("处罚个人数", CaseSummary::personsPenalised),
          Column.of("罚款决定金额（元）", CaseSummary::fineDecidedYuan),
          Column.of("已收缴金额（元）", CaseSummary::fineCollectedYuan),
          Column.of("公示数", CaseSummary::publications), Column.of("逾期公示数", CaseSummary::publicationsLate))),
  LEGAL_REVIEW(LegalReviewProcess.PROCESS_KEY, "法制审核", grade -> grade, List.of()),
  INSPECTION(InspectionProcess.PROCESS_KEY, "执法检查", grade -> Coded.nameOf(InspectionBasis.class, grade),
      List.of(Column.of("检查发现问题（项）", CaseSummary::findings)));

  static final Map<String, String> OUTCOMES = Map.ofEntries(Map.entry(HazardProcess.Outcome.RECTIFIED, "已整改销号"),
      Map.entry(HazardProcess.Outcome.UNFOUNDED, "不属实"), Map.entry(DualPenaltyProcess.Outcome.CLOSED, "已结案"),
      Map.entry(DualPenaltyProcess.Outcome.NOT_REGISTERED, "不予立案"),
      Map.entry(LegalReviewProcess.Outcome.APPROVED, "审核通过"), Map.entry(LegalReviewProcess.Outcome.REJECTED, "审核不通过"),
      Map.entry(CommonVariables.CANCELED, "已撤销"), Map.entry(InspectionProcess.Outcome.NO_FINDING, "未发现问题"),
      Map.entry(InspectionProcess.Outcome.HAZARDS_HANDED_OVER, "隐患已移交整改"),
      Map.entry(InspectionProcess.Outcome.PENALTY_REFERRED, "已移送行政处罚"),
      Map.entry(InspectionProcess.Outcome.VOIDED, "检查码作废"));

  private final String lifecycle;
  private final String title;
  private final UnaryOperator<String> gradeName;
  private final List<Column> ownColumns;

  LedgerSheet(String lifecycle, String title, UnaryOperator<String> gradeName, List<Column> ownColumns) {
    this.lifecycle = lifecycle;
    this.title = title;
    this.gradeName = gradeName;
    this.ownColumns = ownColumns;
  }

  String lifecycle() {
    return lifecycle;
  }

  String title() {
    return title;
  }

  List<Column> columns() {
    List<Column> columns = new ArrayList<>(List.of(
        Column.of("案件编号", CaseSummary::caseNo),
        Column.of("所属区", c -> District.of(c.district()).chineseName()),
        Column.of("所属街镇", CaseSummary::street),
        Column.of("企业名称", CaseSummary::enterpriseName),
        Column.of("统一社会信用代码", CaseSummary::enterpriseUscc),
        Column.of("行业领域", c -> c.sector() == null ? null : Sector.of(c.sector()).chineseName()),
        Column.of("当前环节", CaseSummary::stageName),
        Column.of("等级", c -> c.grade() == null ? null : gradeName.apply(c.grade())),
        Column.of("立案时间", CaseSummary::openedAt),
        Column.of("办理期限", CaseSummary::deadlineAt),
        Column.of("期限暂定", CaseSummary::deadlineProvisional),
        Column.of("结案时间", CaseSummary::closedAt),
        Column.of("结果", c -> translate(OUTCOMES, c.outcome())),
        Column.of("是否逾期", CaseSummary::overdue),
        Column.of("催办次数", CaseSummary::urgeCount)));
    columns.addAll(ownColumns);
    return columns;
  }

  static LedgerSheet of(String lifecycle) {
    for (LedgerSheet sheet : values()) {
      if (sheet.lifecycle.equals(lifecycle)) {
        return sheet;
      }
    }
    throw new InvalidInputException("未知的业务类型：" + lifecycle);
  }

  private static String translate(Map<String, String> words, String code) {
    return code == null ? null : words.getOrDefault(code, code);
  }

  /** A column: its header and the value of a row (text, number, boolean, time or null). */
  record Column(String header, Function<CaseSummary, Object> value) {

    static Column of(String header, Function<CaseSummary, Object> value) {
      return new Column(header, value);
    }
  }
}
