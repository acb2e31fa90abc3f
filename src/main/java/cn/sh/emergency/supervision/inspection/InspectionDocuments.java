package cn.sh.emergency.supervision.inspection;

import static cn.sh.emergency.supervision.documents.ChineseWriting.text;

import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.documents.DocumentDraft;
import cn.sh.emergency.supervision.documents.DocumentRequest;
import cn.sh.emergency.supervision.documents.DocumentSource;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.OfficialDocument;
import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.process.ProcessHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The inspection's documents: the 执法检查通知书 once the 检查码 is issued — the day, the officers with their
 * certificate numbers, the code as a QR code that opens its public page, and the unit's rights (the trigger's content
 * stays in the case: a complainant is never named to the unit); and the 现场检查记录 once the inspection is over — time,
 * place, the unit's representative, every checklist item with its result, what was found and where it went.
 */
@Component
class InspectionDocuments implements DocumentSource {

  /** Where the public page of a code is reached from outside: the address printed in the QR code. */
  static final String PUBLIC_PAGE = "/public/inspection.html?code=";

  private final Inspections inspections;
  private final Checklists checklists;
  private final ProcessHistory history;
  private final String publicBaseUrl;

  InspectionDocuments(Inspections inspections, Checklists checklists, ProcessHistory history,
                      @Value("${supervision.public-base-url}") String publicBaseUrl) {
    this.inspections = inspections;
    this.checklists = checklists;
    this.history = history;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @Override
  public CaseType caseType() {
    return CaseType.IN;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.INSPECTION_NOTICE, DocumentType.SITE_INSPECTION_RECORD);
  }

  @Override
  public DocumentDraft draft(DocumentRequest request) {
    InspectionView inspection = inspections.ofCase(request.caseNo()).orElseThrow(() ->
        new ConflictException("尚未赋检查码：" + request.caseNo()));
    return request.type() == DocumentType.INSPECTION_NOTICE ? notice(request, inspection)
        : record(request, inspection);
  }

  /** The address the notice's QR code opens. */
  String publicAddress(String code) {
    return publicBaseUrl + PUBLIC_PAGE + code;
  }

  private DocumentDraft notice(DocumentRequest request, InspectionView inspection) {
    if (inspection.status() == InspectionStatus.VOIDED) {
      throw new ConflictException("检查码已作废，不能出具执法检查通知书：" + request.caseNo());
    }
    District district = District.of(inspection.district());
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of("被检查单位", inspection.enterpriseName(), "统一社会信用代码", inspection.enterpriseUscc()));
    rows.add(Row.of("检查日期", ChineseWriting.date(inspection.plannedOn()), "检查依据", inspection.basis().chineseName()));
    rows.add(Row.of("检查码", inspection.code(), "有效期至", ChineseWriting.date(inspection.validUntil())));
    officers(rows, inspection.officers());
    StringBuilder rights = new StringBuilder("你单位享有下列权利：");
    for (int i = 0; i < PublicInspection.RIGHTS.size(); i++) {
      rights.append(i + 1).append('．').append(PublicInspection.RIGHTS.get(i)).append(i + 1 < PublicInspection.RIGHTS.size() ? "；" : "。");
    }
    OfficialDocument.Builder doc = OfficialDocument.builder(ChineseWriting.bureau(district),
            DocumentType.INSPECTION_NOTICE.title())
        .addressee(inspection.enterpriseName())
        .paragraph("根据《中华人民共和国安全生产法》第六十五条的规定，本机关决定于" + ChineseWriting.date(inspection.plannedOn())
            + "对你单位进行安全生产执法检查。检查人员将出示执法证件和本通知书，请你单位指定负责人员在场，如实提供有关情况和资料，"
            + "不得拒绝、阻挠（《中华人民共和国安全生产法》第六十六条）。")
        .table(rows)
        .paragraph(rights.toString())
        .qrCode(publicAddress(inspection.code()), "检查码 " + inspection.code() + "：扫码核验检查人员、查看权利，检查后评价")
        .note("本通知书一式两份：一份交被检查单位，一份由应急管理部门存档。")
        .note("检查码有效期届满未进行检查的，检查码作废。");
    return DocumentDraft.of(doc.sealedOn(BureauTime.dayOf(inspection.codedAt())));
  }

  private DocumentDraft record(DocumentRequest request, InspectionView inspection) {
    if (inspection.status() != InspectionStatus.INSPECTED || request.summary().closedAt() == null) {
      throw new ConflictException("现场检查及检查发现的登记尚未完成，暂不能出具现场检查记录：" + request.caseNo());
    }
    Map<String, Object> vars = history.variables(request.processInstanceId());
    District district = District.of(inspection.district());
    Sector sector = Sector.of(request.summary().sector());
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of("被检查单位", inspection.enterpriseName(), "统一社会信用代码", inspection.enterpriseUscc()));
    rows.add(Row.of("所属街镇", text(request.summary().street()), "行业领域", sector.chineseName()));
    rows.add(Row.of("检查场所", text(vars.get(Var.SITE_PLACE)), "现场负责人", text(vars.get(Var.SITE_REPRESENTATIVE))));
    rows.add(Row.of("检查时间", ChineseWriting.span(inspection.startedAt(), inspection.endedAt())));
    rows.add(Row.of("检查码", inspection.code(), "检查依据", inspection.basis().chineseName()));
    officers(rows, inspection.officers());
    List<String> checked = Checklists.ticked(vars.get(Var.CHECKED_ITEMS));
    List<String> nonCompliant = Checklists.ticked(vars.get(Var.NON_COMPLIANT_ITEMS));
    List<Row> items = checked.stream().map(code -> Row.of(code, checklists.item(sector, code)
        .map(ChecklistItem::label).orElse(code) + "——" + (nonCompliant.contains(code) ? "不符合要求" : "符合要求")))
        .toList();
    List<FindingView> found = inspections.findings(request.caseNo());
    OfficialDocument.Builder doc = OfficialDocument.builder(ChineseWriting.bureau(district),
            DocumentType.SITE_INSPECTION_RECORD.title())
        .table(rows)
        .paragraph("检查人员出示了执法证件和检查码，告知被检查单位有申请回避的权利和如实提供情况的义务，依照本行业检查表进行了检查。")
        .field("检查项目", "共" + checked.size() + "项，其中不符合要求" + nonCompliant.size() + "项")
        .table(items)
        .field("检查情况", text(vars.get(Var.SITE_SITUATION)));
    if (found.isEmpty()) {
      doc.field("发现的问题", "未发现问题");
    } else {
      doc.field("发现的问题", "共" + found.size() + "项");
      for (FindingView finding : found) {
        doc.paragraph(finding.seq() + "．" + finding.description() + "（" + finding.location() + "）——"
            + finding.action().chineseName() + (finding.hazardCaseNo() == null ? "" : "，隐患案件" + finding.hazardCaseNo())
            + "。");
      }
    }
    doc.signature("被检查单位现场负责人（签名）：____________　　年　　月　　日")
        .signature("检查人员（签名）：" + inspection.officers().stream().map(EnforcementOfficer::name)
            .collect(Collectors.joining("、")))
        .note("被检查单位现场负责人拒绝签名的，检查人员应当在记录上注明情况。")
        .note("本记录一式两份：一份交被检查单位，一份由应急管理部门存档。");
    return DocumentDraft.of(doc.sealedOn(BureauTime.dayOf(inspection.startedAt())));
  }

  private static void officers(List<Row> rows, List<EnforcementOfficer> officers) {
    for (EnforcementOfficer officer : officers) {
      rows.add(Row.of("检查人员", officer.name(), "执法证号", officer.certificateNo()));
    }
  }
}
