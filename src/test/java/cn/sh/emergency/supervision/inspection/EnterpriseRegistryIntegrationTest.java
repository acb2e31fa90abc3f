package cn.sh.emergency.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The register of inspected units over {@code /api/enterprises}, as a section chief and the case workers use it: an
 * Excel sheet and a CSV file imported (created, then updated), a bad sheet refused whole with nothing written, who
 * may import and for which districts, another district's unit not found, a unit's page with the hazard case reported
 * for it, and one unit registered and restated by {@code PUT}.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class EnterpriseRegistryIntegrationTest {

  private static final String HEADER = "统一社会信用代码,单位名称,所属区,街镇,行业领域,风险等级,信用等级,重点监管,联合惩戒";

  @Autowired
  TestRestTemplate restTemplate;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void anExcelSheetAndACsvFileAreImportedAndTheRegisterListsTheirUnits() {
    String chemicals = UniqueReports.uscc();
    String gas = UniqueReports.uscc();
    String builder = UniqueReports.uscc();
    byte[] xlsx = EnterpriseSheets.xlsx(List.of(EnterpriseSheets.CHINESE_HEADER,
        List.of(chemicals, "上海某化工有限公司", "静安区", "南京西路街道", "危险化学品", "高风险", "诚信", "是", "否"),
        List.of(gas, "上海某燃气有限公司", "jingan", "", "GAS", "LOW", "A", false, false)));

    ResponseEntity<Map> sheet = importFile("jingan-chief", "静安区被检查单位.xlsx", xlsx);
    assertThat(sheet.getStatusCode()).as(String.valueOf(sheet.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(sheet.getBody()).containsEntry("created", 2).containsEntry("updated", 0);

    byte[] csv = EnterpriseSheets.csv(true, HEADER,
        gas + ",上海某燃气有限公司,静安区,江宁路街道,燃气,较高风险,失信,否,是",
        builder + ",上海某建筑工程有限公司,静安区,,建设施工,一般风险,基本诚信,,");
    ResponseEntity<Map> file = importFile("jingan-chief", "补充.csv", csv);
    assertThat(file.getStatusCode()).as(String.valueOf(file.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).containsEntry("created", 1).containsEntry("updated", 1);

    List<Map<String, Object>> all = mine(rest.getList("jingan-handler", "/api/enterprises").getBody(),
        chemicals, gas, builder);
    assertThat(all).extracting(e -> e.get("uscc")).containsExactly(sorted(chemicals, gas, builder));
    Map<String, Object> restated = all.stream().filter(e -> gas.equals(e.get("uscc"))).findFirst().orElseThrow();
    assertThat(restated).containsEntry("district", "jingan").containsEntry("districtName", "静安区")
        .containsEntry("street", "江宁路街道").containsEntry("sector", "GAS").containsEntry("sectorName", "燃气")
        .containsEntry("riskGrade", "ELEVATED").containsEntry("riskGradeName", "较高风险")
        .containsEntry("creditGrade", "C").containsEntry("creditGradeName", "失信")
        .containsEntry("keySupervision", false).containsEntry("jointSanction", true)
        .containsEntry("updatedBy", "jingan-chief");

    assertThat(mine(rest.getList("jingan-leader", "/api/enterprises?riskGrade=高风险").getBody(), chemicals, gas,
        builder)).extracting(e -> e.get("uscc")).containsExactly(chemicals);
    assertThat(mine(rest.getList("jingan-reviewer", "/api/enterprises?district=jingan&keySupervision=true")
        .getBody(), chemicals, gas, builder)).extracting(e -> e.get("uscc")).containsExactly(chemicals);
    assertThat(mine(rest.getList("city-leader", "/api/enterprises?sector=CONSTRUCTION").getBody(), chemicals, gas,
        builder)).extracting(e -> e.get("uscc")).containsExactly(builder);
    assertThat(mine(rest.getList("changning-handler", "/api/enterprises").getBody(), chemicals, gas, builder))
        .isEmpty();
    assertThat(rest.getList("changning-handler", "/api/enterprises?district=jingan").getBody()).isEmpty();
    ResponseEntity<Map<String, Object>> unknown = rest.getMap("jingan-handler", "/api/enterprises?sector=化工");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("detail").toString()).startsWith("行业领域「化工」无效");
  }

  @Test
  void aSheetWithABadRowIsRefusedWholeNamingEachBadRowAndNothingIsWritten() {
    String good = UniqueReports.uscc();
    String other = UniqueReports.uscc();
    String wrongCheck = other.substring(0, 17) + (other.charAt(17) == '0' ? '1' : '0');
    byte[] csv = EnterpriseSheets.csv(false, HEADER,
        good + ",上海某化工有限公司,静安区,,危险化学品,高风险,诚信,是,否",
        wrongCheck + ",上海某燃气有限公司,静安区,,煤气,高风险,诚信,是,否");

    ResponseEntity<Map> refused = importFile("jingan-chief", "单位.csv", csv);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).isEqualTo("导入文件有1行有误，未导入任何单位。第3行："
        + "统一社会信用代码校验位不正确：" + wrongCheck + "；行业领域「煤气」无效，应为：危险化学品、燃气、建设施工、消防、工贸、特种设备、"
        + "交通运输、其他（或其代码）。");
    assertThat(rest.getMap("jingan-chief", "/api/enterprises/" + good).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map> notASheet = importFile("jingan-chief", "单位.pdf", csv);
    assertThat(notASheet.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    ResponseEntity<Map> noHeader = importFile("jingan-chief", "单位.csv", EnterpriseSheets.csv(false,
        good + ",上海某化工有限公司,静安区,,危险化学品,高风险,诚信,是,否"));
    assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noHeader.getBody().get("detail").toString()).startsWith("导入文件的表头有误：缺少统一社会信用代码、");
    assertThat(rest.getMap("jingan-chief", "/api/enterprises/" + good).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlySectionChiefsAndAdministratorsImportAndOnlyForTheirDistricts() {
    String jingan = UniqueReports.uscc();
    String changning = UniqueReports.uscc();
    byte[] csv = EnterpriseSheets.csv(false, HEADER,
        jingan + ",上海某化工有限公司,静安区,,危险化学品,高风险,诚信,是,否",
        changning + ",上海某燃气有限公司,长宁区,,燃气,低风险,诚信,否,否");

    for (String user : List.of("jingan-leader", "jingan-handler", "jingan-reviewer", "city-leader")) {
      ResponseEntity<Map> refused = importFile(user, "单位.csv", csv);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("detail").toString()).isEqualTo("只有科室负责人和系统管理员可以维护被检查单位");
    }
    ResponseEntity<Map> foreign = importFile("jingan-chief", "单位.csv", csv);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getBody().get("detail").toString())
        .isEqualTo("无权维护其他区的被检查单位，未导入任何单位：第3行（长宁区）");
    assertThat(rest.getMap("jingan-chief", "/api/enterprises/" + jingan).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map> administrator = importFile("admin", "单位.csv", csv);
    assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(administrator.getBody()).containsEntry("created", 2);
    // A unit of another district stays there: a chief cannot take it into his own.
    ResponseEntity<Map> moved = importFile("jingan-chief", "单位.csv", EnterpriseSheets.csv(false, HEADER,
        changning + ",上海某燃气有限公司,静安区,,燃气,低风险,诚信,否,否"));
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(moved.getBody().get("detail").toString()).endsWith("第2行（该单位属于其他区）");
    assertThat(rest.getMap("admin", "/api/enterprises/" + changning).getBody()).containsEntry("district", "changning");
  }

  @Test
  void anotherDistrictsUnitIsNotFound() {
    String changning = UniqueReports.uscc();
    assertThat(put("admin", changning, request(changning, "长宁区", "HIGH")).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    for (String user : List.of("jingan-handler", "jingan-chief", "jingan-leader")) {
      ResponseEntity<Map<String, Object>> hidden = rest.getMap(user, "/api/enterprises/" + changning);
      assertThat(hidden.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(hidden.getBody().get("detail").toString()).isEqualTo("被检查单位不存在或无权查看：" + changning);
    }
    String nobody = UniqueReports.uscc();
    assertThat(rest.getMap("jingan-handler", "/api/enterprises/" + nobody).getBody().get("detail"))
        .isEqualTo("被检查单位不存在或无权查看：" + nobody);
    for (String user : List.of("changning-handler", "changning-leader", "city-handler", "admin")) {
      assertThat(rest.getMap(user, "/api/enterprises/" + changning).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(restTemplate.getForEntity("/api/enterprises/" + changning, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getMap("changning-handler", "/api/enterprises/9131").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aUnitsPageCountsItsCasesOfTheLastThreeYears() {
    String uscc = UniqueReports.uscc();
    assertThat(put("jingan-chief", uscc, request(uscc, "jingan", "HIGH")).getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> before = rest.getMap("jingan-leader", "/api/enterprises/" + uscc).getBody();
    assertThat(before).containsEntry("uscc", uscc).containsEntry("riskGradeName", "高风险");
    assertThat(history(before, "hazards")).containsEntry("count", 0).containsEntry("caseNos", List.of());

    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/hazards",
        ApiBodies.hazard("enterpriseUscc", uscc));
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = reported.getBody().replaceAll(".*\"caseNo\":\"([^\"]+)\".*", "$1");

    Map<String, Object> page = rest.getMap("jingan-handler", "/api/enterprises/" + uscc).getBody();
    assertThat(history(page)).containsEntry("since", "2023-03-02");
    assertThat(history(page, "hazards")).containsEntry("count", 1).containsEntry("caseNos", List.of(caseNo));
    for (String kind : List.of("penalties", "accidents", "inspections")) {
      assertThat(history(page, kind)).as(kind).containsEntry("count", 0);
    }
    assertThat(history(rest.getMap("city-leader", "/api/enterprises/" + uscc).getBody(), "hazards"))
        .containsEntry("count", 1);
  }

  @Test
  void putRegistersAUnitAndStatesItAnew() {
    String uscc = UniqueReports.uscc();
    Map<String, Object> created = new LinkedHashMap<>(request(uscc, "jingan", "LOW"));
    created.put("keySupervision", true);
    ResponseEntity<Map> first = put("jingan-chief", uscc, created);
    assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("riskGrade", "LOW").containsEntry("keySupervision", true)
        .containsEntry("updatedBy", "jingan-chief");

    Map<String, Object> restated = new LinkedHashMap<>(request(uscc, "静安区", "高风险"));
    restated.put("name", "上海某化工(集团)有限公司");
    restated.put("keySupervision", "否");
    restated.put("jointSanction", "是");
    restated.put("creditGrade", "严重失信");
    assertThat(put("admin", uscc, restated).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getMap("jingan-handler", "/api/enterprises/" + uscc).getBody())
        .containsEntry("name", "上海某化工（集团）有限公司").containsEntry("riskGrade", "HIGH")
        .containsEntry("creditGrade", "D").containsEntry("keySupervision", false)
        .containsEntry("jointSanction", true).containsEntry("updatedBy", "admin");

    ResponseEntity<Map> elsewhere = put("jingan-chief", UniqueReports.uscc(), restated);
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(elsewhere.getBody().get("detail").toString()).startsWith("请求内容中的统一社会信用代码（" + uscc + "）与地址中的");

    Map<String, Object> bad = new LinkedHashMap<>(restated);
    bad.put("sector", "化工");
    bad.put("riskGrade", "");
    ResponseEntity<Map> refused = put("jingan-chief", uscc, bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).startsWith("被检查单位信息有误：行业领域「化工」无效")
        .contains("；请填写风险等级");

    assertThat(put("jingan-leader", uscc, restated).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> foreign = put("jingan-chief", uscc, request(uscc, "changning", "HIGH"));
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getBody().get("detail").toString()).isEqualTo("无权维护长宁区的被检查单位");
    assertThat(rest.getMap("jingan-handler", "/api/enterprises/" + uscc).getBody())
        .containsEntry("district", "jingan").containsEntry("riskGrade", "HIGH");
  }

  private ResponseEntity<Map> importFile(String user, String fileName, byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.as(user).postForEntity("/api/enterprises/import", new HttpEntity<>(form, headers), Map.class);
  }

  private ResponseEntity<Map> put(String user, String uscc, Map<String, Object> body) {
    return rest.as(user).exchange("/api/enterprises/" + uscc, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }

  /** A unit of the district with the risk grade, given in codes. */
  private static Map<String, Object> request(String uscc, String district, String riskGrade) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("uscc", uscc);
    body.put("name", "上海某化工有限公司");
    body.put("district", district);
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("riskGrade", riskGrade);
    body.put("creditGrade", "A");
    return body;
  }

  /** The cases of one kind on a unit's page: {@code count} and {@code caseNos}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> history(Map<String, Object> page, String kind) {
    return (Map<String, Object>) history(page).get(kind);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> history(Map<String, Object> page) {
    return (Map<String, Object>) page.get("history");
  }

  /** The units of this test among those listed (the database is shared with other tests). */
  private static List<Map<String, Object>> mine(List<Map<String, Object>> listed, String... usccs) {
    List<String> ours = List.of(usccs);
    return listed.stream().filter(e -> ours.contains(e.get("uscc"))).toList();
  }

  private static Object[] sorted(String... usccs) {
    return Arrays.stream(usccs).sorted().toArray();
  }
}
