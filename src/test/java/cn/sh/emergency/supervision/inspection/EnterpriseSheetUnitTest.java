package cn.sh.emergency.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.FileTypeNotAllowedException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bureau's sheet of inspected units read and checked as the import does it, without a server: Chinese headers and
 * labels or English field names and codes, .xlsx and UTF-8 .csv with or without a byte order mark; every bad row
 * named by its number with all its problems, the sheet refused whole.
 */
class EnterpriseSheetUnitTest {

  private final String first = UniqueReports.uscc();
  private final String second = UniqueReports.uscc();

  @Test
  void aCsvWithAByteOrderMarkChineseHeadersAndChineseLabels() throws IOException {
    byte[] csv = EnterpriseSheets.csv(true,
        String.join(",", EnterpriseSheets.CHINESE_HEADER.stream().map(Object::toString).toList()),
        first + ",上海某化工(集团)有限公司,静安区,南京西路街道,危险化学品,高风险,诚信,是,否",
        "\"" + second + "\",\"上海某燃气有限公司\",jingan,,GAS,low,Ｂ,false,TRUE");

    List<EnterpriseRules.CheckedRow> rows = EnterpriseRules.checkedRows(read("单位.csv", csv));

    assertThat(rows).extracting(EnterpriseRules.CheckedRow::number).containsExactly(2, 3);
    assertThat(rows.get(0).enterprise()).isEqualTo(new CheckedEnterprise(first, "上海某化工（集团）有限公司",
        District.JINGAN, "南京西路街道", Sector.HAZARDOUS_CHEMICALS, RiskGrade.HIGH, CreditGrade.A, true, false));
    assertThat(rows.get(1).enterprise()).isEqualTo(new CheckedEnterprise(second, "上海某燃气有限公司",
        District.JINGAN, null, Sector.GAS, RiskGrade.LOW, CreditGrade.B, false, true));
  }

  @Test
  void anExcelSheetWithEnglishHeadersInAnotherOrderExtraColumnsAndBlankRows() throws IOException {
    byte[] xlsx = EnterpriseSheets.xlsx(Arrays.asList(
        List.of("序号", "name", "USCC", "district", "street", "sector", "riskGrade", "creditGrade", "keySupervision",
            "jointSanction", "备注"),
        List.of("1", "上海某建筑工程有限公司", first, "changning", "新华路街道", "CONSTRUCTION", "ELEVATED", "C", true, false,
            "新登记"),
        null,
        List.of("", "", "", "", "", "", "", "", "", ""),
        List.of("2", "上海某工贸有限公司", second, "长宁区", "", "工贸", "一般风险", "严重失信", "否", "是")));

    List<EnterpriseRules.CheckedRow> rows = EnterpriseRules.checkedRows(read("单位.XLSX", xlsx));

    assertThat(rows).extracting(EnterpriseRules.CheckedRow::number).containsExactly(2, 5);
    assertThat(rows.get(0).enterprise()).isEqualTo(new CheckedEnterprise(first, "上海某建筑工程有限公司",
        District.CHANGNING, "新华路街道", Sector.CONSTRUCTION, RiskGrade.ELEVATED, CreditGrade.C, true, false));
    assertThat(rows.get(1).enterprise()).extracting(CheckedEnterprise::sector, CheckedEnterprise::riskGrade,
        CheckedEnterprise::creditGrade, CheckedEnterprise::keySupervision, CheckedEnterprise::jointSanction)
        .containsExactly(Sector.INDUSTRY_TRADE, RiskGrade.MODERATE, CreditGrade.D, false, true);
  }

  @Test
  void everyBadRowIsNamedByItsNumberWithAllItsProblems() throws IOException {
    String wrongCheck = first.substring(0, 17) + (first.charAt(17) == '0' ? '1' : '0');
    byte[] csv = EnterpriseSheets.csv(false,
        "统一社会信用代码,单位名称,所属区,街镇,行业领域,风险等级,信用等级,重点监管,联合惩戒",
        wrongCheck + ",上海某化工有限公司,静安区,,危险化学品,高风险,A,否,否",
        second + ",上海某化工有限公司,静安区,,化工,极高风险,A,也许,否",
        second + ",上海某燃气有限公司,jingan,,GAS,LOW,A,否,否",
        UniqueReports.uscc() + ",上海某燃气有限公司,上海市（市级）,,GAS,LOW,A,否,否",
        UniqueReports.uscc() + ",,jingan,,GAS,LOW,,否,否",
        UniqueReports.uscc() + ",上海某燃气有限公司,jingan,,GAS,LOW,A,否,否");

    List<EnterpriseRow> rows = read("单位.csv", csv);

    assertThatThrownBy(() -> EnterpriseRules.checkedRows(rows)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("导入文件有5行有误，未导入任何单位。")
        .hasMessageContaining("第2行：统一社会信用代码校验位不正确：" + wrongCheck + "。")
        .hasMessageContaining("第3行：行业领域「化工」无效，应为：危险化学品、燃气、建设施工、消防、工贸、特种设备、交通运输、其他（或其代码）"
            + "；风险等级「极高风险」无效，应为：高风险、较高风险、一般风险、低风险（或其代码）；重点监管「也许」无效，应为：是、否。")
        .hasMessageContaining("第4行：统一社会信用代码与第3行重复：" + second + "。")
        .hasMessageContaining("第5行：所属区「上海市（市级）」无效，应为：黄浦区、")
        .hasMessageContaining("第6行：请填写单位名称；请填写信用等级。")
        .hasMessageNotContaining("第7行");
  }

  @Test
  void moreThanFiftyBadRowsAreCountedAfterTheFirstFifty() throws IOException {
    List<String> lines = new ArrayList<>(List.of("uscc,name,district,street,sector,riskGrade,creditGrade,"
        + "keySupervision,jointSanction"));
    IntStream.range(0, 60).forEach(i -> lines.add(UniqueReports.uscc() + ",上海某单位" + i + ",jingan,,GAS,LOW,E,否,否"));

    List<EnterpriseRow> rows = read("单位.csv", EnterpriseSheets.csv(false, lines.toArray(String[]::new)));

    assertThatThrownBy(() -> EnterpriseRules.checkedRows(rows)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("导入文件有60行有误")
        .hasMessageContaining("第51行：信用等级「E」无效").hasMessageNotContaining("第52行")
        .hasMessageEndingWith("。等60行。");
  }

  @Test
  void aHeaderWithoutItsColumnsOrWithOneTwiceIsRefused() {
    byte[] csv = EnterpriseSheets.csv(false, "统一社会信用代码,单位名称,所属区,单位名称,行业领域,风险等级,信用等级",
        first + ",上海某化工有限公司,静安区,上海某化工有限公司,GAS,LOW,A");

    assertThatThrownBy(() -> read("单位.csv", csv)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("导入文件的表头有误：缺少街镇、重点监管、联合惩戒列；「单位名称」列出现了两次。第一行应为：统一社会信用代码、单位名称、");
  }

  @Test
  void emptyFilesAndFilesWithoutUnitsAreRefused() {
    assertThatThrownBy(() -> read("单位.csv", EnterpriseSheets.csv(true, ",,", "")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("导入文件是空的");
    assertThatThrownBy(() -> read("单位.xlsx", EnterpriseSheets.xlsx(List.of(EnterpriseSheets.CHINESE_HEADER))))
        .isInstanceOf(InvalidInputException.class).hasMessage("导入文件只有表头，没有单位");
  }

  @Test
  void aCsvInAnotherEncodingThanUtf8IsRefusedByName() {
    byte[] gbk = ("统一社会信用代码,单位名称\r\n" + first + ",上海某化工有限公司\r\n").getBytes(Charset.forName("GBK"));

    assertThatThrownBy(() -> read("单位.csv", gbk)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CSV 文件应为 UTF-8 编码");
  }

  @Test
  void filesOverFiveMegabytesOrTwentyThousandUnitsAndOtherTypesAreRefused() {
    byte[] small = EnterpriseSheets.csv(false, "uscc");
    assertThatThrownBy(() -> EnterpriseSheet.read("单位.csv", EnterpriseSheet.MAX_BYTES + 1,
        new ByteArrayInputStream(small))).isInstanceOf(InvalidInputException.class)
        .hasMessage("导入文件不能超过5MB，请分批导入");

    List<String> lines = new ArrayList<>(List.of(String.join(",", EnterpriseSheets.CHINESE_HEADER.stream()
        .map(Object::toString).toList())));
    IntStream.range(0, EnterpriseSheet.MAX_ROWS + 1).forEach(i -> lines.add(first + ",上海某单位,jingan,,GAS,LOW,A,否,否"));
    assertThatThrownBy(() -> read("单位.csv", EnterpriseSheets.csv(false, lines.toArray(String[]::new))))
        .isInstanceOf(InvalidInputException.class).hasMessage("导入文件最多20000行（不含表头），请分批导入");
    lines.remove(lines.size() - 1);
    assertThatThrownBy(() -> EnterpriseRules.checkedRows(read("单位.csv",
        EnterpriseSheets.csv(false, lines.toArray(String[]::new))))).hasMessageStartingWith("导入文件有19999行有误");

    assertThatThrownBy(() -> read("单位.xls", small)).isInstanceOf(FileTypeNotAllowedException.class)
        .hasMessageContaining("只能导入 Excel 工作簿（.xlsx）或 CSV 文件（.csv）");
    assertThatThrownBy(() -> read("单位.xlsx", small)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("无法读取该 Excel 文件");
  }

  @Test
  void aRequestIsCheckedAsARowIsWithEveryProblemAtOnce() {
    EnterpriseRequest request = new EnterpriseRequest(" " + first.toLowerCase() + " ", "上海某化工有限公司", "JINGAN",
        null, "Hazardous_Chemicals", "高风险", "A", "true", null);
    assertThat(EnterpriseRules.checked(request)).isEqualTo(new CheckedEnterprise(first, "上海某化工有限公司",
        District.JINGAN, null, Sector.HAZARDOUS_CHEMICALS, RiskGrade.HIGH, CreditGrade.A, true, false));

    EnterpriseRequest bad = new EnterpriseRequest("9131", "上海\u200B某" + "化".repeat(200), "静安", "南京西路街道\u0000",
        null, "HIGH", "A", "Y", "否");
    assertThatThrownBy(() -> EnterpriseRules.checked(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessage("被检查单位信息有误：统一社会信用代码应为18位：9131；单位名称含有不可见字符或控制字符（U+200B），请删除后重新填写"
            + "；单位名称不能超过200字；所属区「静安」无效，应为：黄浦区、徐汇区、长宁区、静安区、普陀区、虹口区、杨浦区、闵行区、宝山区、嘉定区、"
            + "浦东新区、金山区、松江区、青浦区、奉贤区、崇明区（或其代码）；街镇含有不可见字符或控制字符（U+0000），请删除后重新填写"
            + "；请填写行业领域；重点监管「Y」无效，应为：是、否");
  }

  @Test
  void codesAreFoundByCodeInAnyCaseOrByTheirChineseName() {
    assertThat(Coded.findTyped(RiskGrade.class, " moderate ")).hasValue(RiskGrade.MODERATE);
    assertThat(Coded.findTyped(RiskGrade.class, "较高风险")).hasValue(RiskGrade.ELEVATED);
    assertThat(Coded.findTyped(CreditGrade.class, "ｄ")).hasValue(CreditGrade.D);
    assertThat(Coded.findTyped(District.class, "浦东新区")).hasValue(District.PUDONG);
    assertThat(Coded.findTyped(District.class, "上海市（市级）")).hasValue(District.CITY);
    assertThat(Coded.findTyped(Sector.class, "化工")).isEmpty();
    assertThat(Coded.findTyped(Sector.class, " ")).isEmpty();
  }

  private static List<EnterpriseRow> read(String fileName, byte[] content) throws IOException {
    return EnterpriseSheet.read(fileName, content.length, new ByteArrayInputStream(content));
  }
}
