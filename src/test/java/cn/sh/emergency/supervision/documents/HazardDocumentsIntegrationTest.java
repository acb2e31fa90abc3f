package cn.sh.emergency.supervision.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hazard's documents: issued by {@code POST /api/cases/{caseNo}/documents/{type}} (refused before the case is
 * ready) once, under the next number of the district, type and year, recorded with its SHA-256 in the full-process
 * record; read by {@code GET …/{type}.pdf} byte for byte afterwards, which never issues (404 before); listed with what
 * the case can issue now; hidden from other districts; every field in its text.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class HazardDocumentsIntegrationTest {

  static final Pattern ORDER_NO = Pattern.compile("沪静应急责改〔2026〕(\\d+)号");

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @Value("${supervision.evidence.directory}")
  Path evidenceDirectory;

  EngineRest rest;
  HazardSteps steps;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    steps = new HazardSteps(intake, taskService, identityService);
  }

  @Test
  void theRectificationOrderIsIssuedOnceNumberedAndRecorded() throws Exception {
    String caseNo = steps.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    ResponseEntity<String> early = rest.as("jingan-handler").postForEntity(issuePath(caseNo, "rectification-order"),
        null, String.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("隐患尚未核查确定整改期限");
    assertThat(available(caseNo, "rectification-order")).containsEntry("state", "NOT_READY")
        .extractingByKey("reason").asString().contains("隐患尚未核查确定整改期限");

    verifyGeneral(caseNo, "2026-03-20");
    assertThat(available(caseNo, "rectification-order")).containsEntry("state", "ISSUABLE")
        .containsEntry("title", "责令限期整改指令书").containsEntry("subject", "");
    // Reading is not issuing: a GET of a document not issued yet is a 404, and nothing is numbered.
    ResponseEntity<String> notYet = rest.as("jingan-handler").getForEntity(pdf(caseNo, "rectification-order"),
        String.class);
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notYet.getBody()).contains("责令限期整改指令书尚未出具");
    assertThat(jdbc.queryForObject("select count(*) from case_document where case_no = ?", Integer.class, caseNo))
        .isZero();

    ResponseEntity<byte[]> first = issue("jingan-handler", caseNo, "rectification-order");
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = PdfPages.text(first.getBody());
    Matcher number = ORDER_NO.matcher(text);
    assertThat(number.find()).as(text).isTrue();
    assertThat(text).contains("上海市静安区应急管理局", "责令限期整改指令书", "上海某化工有限公司：",
        "被检查单位上海某化工有限公司", "统一社会信用代码" + EngineRest.VALID_USCC, "隐患地点3号仓库", "隐患等级一般事故隐患",
        "核查日期二〇二六年三月二日", "案件编号" + caseNo, "经查，你单位存在下列问题：危化品混存。",
        "依据《中华人民共和国安全生产法》第六十五条第一款第（三）项的规定，现责令你单位于二〇二六年三月二十日前整改完毕",
        "向上海市静安区人民政府申请行政复议", "安全生产执法人员（签名）：静安区承办人", "二〇二六年三月二日",
        "本文书一式两份");
    assertThat(text).doesNotContain("督办整改措施");
    assertThat(PdfPages.embeddedFonts(first.getBody())).anySatisfy(f -> assertThat(f).contains("NotoSerifCJKsc"));

    // Read, and issued again, by anyone of the district: the same document, not a new number.
    ResponseEntity<byte[]> again = get("jingan-leader", caseNo, "rectification-order");
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getETag()).isEqualTo("\"" + sha256(first.getBody()) + "\"");
    assertThat(issue("jingan-chief", caseNo, "rectification-order").getBody()).isEqualTo(first.getBody());
    assertThat(available(caseNo, "rectification-order")).containsEntry("state", "ISSUED")
        .containsEntry("documentNo", number.group());

    List<Map<String, Object>> issued = rest.getList("jingan-handler", "/api/cases/" + caseNo + "/documents").getBody();
    assertThat(issued).singleElement().satisfies(d -> assertThat(d)
        .containsEntry("type", "rectification-order").containsEntry("title", "责令限期整改指令书")
        .containsEntry("documentNo", number.group()).containsEntry("sha256", sha256(first.getBody()))
        .containsEntry("issuedBy", "jingan-handler").containsEntry("issuedOn", "2026-03-02"));
    List<Map<String, Object>> documentRecords = rest.getList("jingan-handler", "/api/cases/" + caseNo + "/records")
        .getBody().stream().filter(r -> "DOCUMENT".equals(r.get("kind"))).toList();
    assertThat(documentRecords).singleElement().satisfies(r -> {
      assertThat(r).containsEntry("outcome", number.group()).containsEntry("actor", "jingan-handler")
          .containsEntry("activityName", "制发文书：责令限期整改指令书");
      assertThat(r.get("details").toString()).contains(sha256(first.getBody()), number.group());
    });
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", true);
  }

  @Test
  void otherDistrictsUnknownTypesAndOtherLifecyclesDocumentsAreNotFound() {
    String caseNo = steps.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    verifyGeneral(caseNo, "2026-03-20");
    TestRestTemplate changning = rest.as("changning-handler");
    assertThat(changning.postForEntity(issuePath(caseNo, "rectification-order"), null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(changning.getForEntity(pdf(caseNo, "rectification-order"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(changning.getForEntity("/api/cases/" + caseNo + "/documents", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(changning.getForEntity("/api/cases/" + caseNo + "/documents/available", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> unknown = rest.as("jingan-handler").postForEntity(issuePath(caseNo, "letter"), null,
        String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("未知的文书类型");
    ResponseEntity<String> otherLifecycle = rest.as("jingan-handler")
        .postForEntity(issuePath(caseNo, "penalty-decision"), null, String.class);
    assertThat(otherLifecycle.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(otherLifecycle.getBody()).contains("隐患排查治理案件没有行政处罚决定书");
    assertThat(rest.as("jingan-handler").getForEntity(pdf(caseNo, "penalty-decision"), String.class)
        .getBody()).contains("隐患排查治理案件没有行政处罚决定书");
    assertThat(rest.as("jingan-handler").postForEntity(issuePath(caseNo, "rectification-order") + "?party=x", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> administrator = rest.as("admin").postForEntity(issuePath(caseNo, "rectification-order"),
        null, String.class);
    assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(administrator.getBody()).contains("只有办案人员可以出具执法文书");
    assertThat(restTemplate.postForEntity(issuePath(caseNo, "rectification-order"), null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Nothing was issued by any of these.
    assertThat(jdbc.queryForObject("select count(*) from case_document where case_no = ?", Integer.class, caseNo))
        .isZero();
  }

  @Test
  void numbersRunPerDistrictTypeAndYearAndConcurrentRequestsShareOne() throws Exception {
    String first = steps.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    String second = steps.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    String changning = steps.report("changning-handler", "虹桥街道", "HAZARDOUS_CHEMICALS");
    verifyGeneral(first, "2026-03-20");
    verifyGeneral(second, "2026-03-20");
    steps.complete(changning, HazardProcess.USER_TASK_VERIFY_HAZARD, "changning-handler", Map.of(
        Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
            Var.RECTIFICATION_DEADLINE, "2026-03-20"));

    int firstNo = orderNumber(issue("jingan-handler", first, "rectification-order").getBody());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<byte[]> ask = () -> issue("jingan-handler", second, "rectification-order").getBody();
      List<Future<byte[]>> answers = pool.invokeAll(List.of(ask, ask, ask, ask));
      byte[] one = answers.get(0).get();
      for (Future<byte[]> answer : answers) {
        assertThat(answer.get()).isEqualTo(one);
      }
      assertThat(orderNumber(one)).isEqualTo(firstNo + 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from case_record where case_no = ? and kind = 'DOCUMENT'",
        Integer.class, second)).isEqualTo(1);
    String changningText = PdfPages.text(issue("changning-handler", changning, "rectification-order").getBody());
    assertThat(changningText).containsPattern("沪长应急责改〔2026〕\\d+号").contains("上海市长宁区应急管理局",
        "向上海市长宁区人民政府申请行政复议");
  }

  @Test
  void eachAcceptanceCheckHasItsReviewOpinionAndAChangedFileIsDetected() throws Exception {
    String caseNo = steps.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    verifyGeneral(caseNo, "2026-03-20");
    String order = ORDER_NO.matcher(PdfPages.text(issue("jingan-handler", caseNo, "rectification-order").getBody()))
        .results().findFirst().orElseThrow().group();
    assertThat(rest.as("jingan-handler").postForEntity(issuePath(caseNo, "rectification-review"), null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    rectify(caseNo);
    steps.complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, "jingan-handler2", Map.of(
        Var.ACCEPTANCE, Code.FAILED, Var.RECTIFICATION_DEADLINE, "2026-03-31", CommonVariables.OPINION,
        "防爆柜未安装到位"));
    assertThat(available(caseNo, "rectification-review")).containsEntry("state", "ISSUABLE")
        .containsEntry("subject", "round-1");
    byte[] failedPdf = issue("jingan-handler", caseNo, "rectification-review").getBody();
    String failed = PdfPages.text(failedPdf);
    assertThat(failed).containsPattern("沪静应急复查〔2026〕\\d+号").contains("整改复查意见书", "上海某化工有限公司：",
        "被复查单位上海某化工有限公司", "复查次数第1次", "本机关依据《责令限期整改指令书》（" + order + "）",
        "原责令整改的问题：危化品混存", "经复查，你单位未按要求完成整改。现责令你单位于二〇二六年三月三十一日前继续整改完毕",
        "复查意见：防爆柜未安装到位", "复查人员（签名）：静安区承办人二");

    rectify(caseNo);
    steps.complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, "jingan-handler", Map.of(
        Var.ACCEPTANCE, Code.PASSED, CommonVariables.OPINION, "复查合格"));
    // The second check's opinion is a new document; until it is issued, reading gives the first one.
    assertThat(available(caseNo, "rectification-review")).containsEntry("state", "ISSUABLE")
        .containsEntry("subject", "round-2");
    assertThat(get("jingan-handler", caseNo, "rectification-review").getBody()).isEqualTo(failedPdf);
    byte[] passedPdf = issue("jingan-handler", caseNo, "rectification-review").getBody();
    assertThat(get("jingan-handler", caseNo, "rectification-review").getBody()).isEqualTo(passedPdf);
    assertThat(rest.as("jingan-handler").getForEntity(pdf(caseNo, "rectification-review") + "?subject=round-1",
        byte[].class).getBody()).isEqualTo(failedPdf);
    String passed = PdfPages.text(passedPdf);
    assertThat(passed).contains("复查次数第2次", "经复查，你单位已按要求完成整改，事故隐患已消除，予以销号。", "复查意见：复查合格")
        .doesNotContain("继续整改");
    List<Map<String, Object>> issued = rest.getList("jingan-handler", "/api/cases/" + caseNo + "/documents").getBody();
    assertThat(issued).extracting(d -> d.get("subject")).containsExactly("", "round-1", "round-2");

    // The stored file is changed on disk: never served, and the record chain names it.
    String sha = sha256(passedPdf);
    Path stored = evidenceDirectory.resolve(sha.substring(0, 2)).resolve(sha);
    byte[] original = Files.readAllBytes(stored);
    try {
      byte[] changed = original.clone();
      changed[changed.length / 2] ^= 1;
      Files.write(stored, changed);
      assertThat(rest.as("jingan-handler").getForEntity(pdf(caseNo, "rectification-review"), String.class)
          .getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
      assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
          .containsEntry("intact", false).extractingByKey("reason").asString().contains("文书文件被改动");
    } finally {
      Files.write(stored, original);
    }
  }

  private void verifyGeneral(String caseNo, String deadline) {
    steps.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", Map.of(
        Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, deadline,
        CommonVariables.OPINION, "经核查属实"));
  }

  private void rectify(String caseNo) {
    steps.complete(caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION, "jingan-handler2", Map.of(
        Var.RECTIFICATION_STATUS, Code.COMPLETED, CommonVariables.OPINION, "已完成整改"));
  }

  /** Issues the document ({@code POST}), or gets it as issued before. */
  private ResponseEntity<byte[]> issue(String user, String caseNo, String type) {
    return ok(rest.as(user).postForEntity(issuePath(caseNo, type), null, byte[].class));
  }

  /** Reads the issued document ({@code GET …pdf}). */
  private ResponseEntity<byte[]> get(String user, String caseNo, String type) {
    return ok(rest.as(user).getForEntity(pdf(caseNo, type), byte[].class));
  }

  private static ResponseEntity<byte[]> ok(ResponseEntity<byte[]> response) {
    assertThat(response.getStatusCode()).as(() -> new String(response.getBody() == null ? new byte[0]
        : response.getBody(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(HttpStatus.OK);
    return response;
  }

  /** The case's entry of the type in {@code GET …/documents/available}, as the handler sees it. */
  private Map<String, Object> available(String caseNo, String type) {
    ResponseEntity<List<Map<String, Object>>> available = rest.getList("jingan-handler",
        "/api/cases/" + caseNo + "/documents/available");
    assertThat(available.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(available.getBody()).extracting(d -> d.get("type"))
        .containsExactly("rectification-order", "rectification-review");
    return available.getBody().stream().filter(d -> type.equals(d.get("type"))).findFirst().orElseThrow();
  }

  private static String issuePath(String caseNo, String type) {
    return "/api/cases/" + caseNo + "/documents/" + type;
  }

  private static String pdf(String caseNo, String type) {
    return issuePath(caseNo, type) + ".pdf";
  }

  private static int orderNumber(byte[] pdf) {
    Matcher m = ORDER_NO.matcher(PdfPages.text(pdf));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
