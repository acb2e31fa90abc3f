package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.OtherSite;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A handler logged in to Tasklist opens the dashboard's case pages without a second login: 我的已办 and 我发起的 list
 * his case, its page shows the 流转记录, the open task with its way back to Tasklist and the documents it can issue;
 * he issues the rectification order from its document page, which then opens it at once, and uploads a photo under
 * a step of the case. A page of another origin that posts a photo to the same session (a forged cross-site request)
 * is refused for want of the dashboard's CSRF token, and adds nothing.
 */
@PostgresIntegrationTest
@EngineTime(TasklistPage.BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class CaseViewBrowserIntegrationTest {

  /** A PNG as the evidence store recognises it (its signature, then any bytes). */
  private static final byte[] PNG = png();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  WebDriver browser;
  WebDriverWait wait;
  EngineRest rest;
  String handler;
  OtherSite otherSite;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    // A handler of his own: the demo handlers' lists hold every other test's cases.
    handler = "jingan-view-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(handler);
    user.setFirstName("测试");
    user.setLastName("承办人");
    user.setPassword(PlatformSample.PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(handler, Roles.CASE_HANDLERS);
    identityService.createTenantUserMembership("jingan", handler);
    browser = HeadlessChromium.start("zh-CN");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void tearDown() {
    browser.quit();
    if (otherSite != null) {
      otherSite.close();
    }
    identityService.deleteUser(handler);
  }

  @Test
  void aTasklistUserSeesHisCasesIssuesADocumentAndAddsEvidenceAndAForgedRequestIsRefused() throws Exception {
    HazardSteps hazards = new HazardSteps(intake, taskService, identityService);
    String caseNo = hazards.report(handler, "南京西路街道", "HAZARDOUS_CHEMICALS");
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, handler, Map.of(
        Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE,
        "2026-11-20", CommonVariables.OPINION, "经核查属实"));
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();

    new TasklistPage(browser, port).logIn(handler, PlatformSample.PASSWORD);

    // 我的已办 and 我发起的, without a second login.
    browser.get(url("/dashboard/my-cases.html"));
    waitForLoaded();
    assertThat(browser.getCurrentUrl()).endsWith("/dashboard/my-cases.html");
    assertThat(rowOf("cases", caseNo)).contains("隐患排查治理", "上海某化工有限公司", "跟踪整改", "2026-11-20", "期限内",
        "核查隐患（2026-11-02 09:00）");
    browser.findElement(By.id("tab-started")).click();
    wait.until(d -> "started".equals(d.findElement(By.tagName("body")).getAttribute("data-list")));
    waitForLoaded();
    assertThat(rowOf("cases", caseNo)).contains(caseNo, "跟踪整改", "2026-11-02 09:00");

    // The case page: 流转记录, the open task back to Tasklist, the order ready to be issued.
    browser.findElement(By.linkText(caseNo)).click();
    waitForLoaded();
    assertThat(browser.findElement(By.id("history")).getText()).contains("核查隐患", "测试承办人", "一般", "经核查属实");
    assertThat(browser.findElement(By.cssSelector("#tasks a.task-link")).getAttribute("href"))
        .endsWith("/camunda/app/tasklist/default/#/?task=" + taskId);
    assertThat(rowOf("documents", "责令限期整改指令书")).contains("出具");
    assertThat(browser.findElements(By.cssSelector("#documents button.issue"))).hasSize(1);

    // The document page (where Tasklist's forms link): issued on the user's click, then shown.
    String documentPage = url("/dashboard/document.html?caseNo=" + caseNo + "&type=rectification-order");
    browser.get(documentPage);
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ISSUABLE"));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("责令限期整改指令书");
    browser.findElement(By.id("issue")).click();
    wait.until(ExpectedConditions.urlContains("/dashboard/api/cases/" + caseNo + "/documents/rectification-order.pdf"));
    List<Map<String, Object>> issued = rest.getList(handler, "/api/cases/" + caseNo + "/documents").getBody();
    assertThat(issued).singleElement().satisfies(d -> assertThat(d).containsEntry("type", "rectification-order")
        .containsEntry("issuedBy", handler));
    browser.get(documentPage);
    wait.until(ExpectedConditions.urlContains("/documents/rectification-order.pdf"));

    // A photo of the verification, uploaded on the case page.
    Path photo = Files.createTempFile("现场照片", ".png");
    Files.write(photo, PNG);
    browser.get(url("/dashboard/case.html?caseNo=" + caseNo));
    waitForLoaded();
    assertThat(rowOf("documents", "责令限期整改指令书")).contains("已出具");
    browser.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
    new Select(browser.findElement(By.id("evidence-step"))).selectByValue(HazardProcess.USER_TASK_VERIFY_HAZARD);
    browser.findElement(By.id("evidence-description")).sendKeys("3号仓库现场");
    browser.findElement(By.id("evidence-upload")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-result"), "已上传"));
    assertThat(rowOf("evidence", photo.getFileName().toString())).contains("核查隐患", "3号仓库现场", handler);
    List<Map<String, Object>> evidence = rest.getList(handler, "/api/cases/" + caseNo + "/evidence").getBody();
    assertThat(evidence).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("step", HazardProcess.USER_TASK_VERIFY_HAZARD).containsEntry("uploadedBy", handler));

    // A page of another origin posts a photo into the same browser session: no token, refused, nothing added.
    otherSite = forgingSite("/dashboard/api/cases/" + caseNo + "/evidence");
    browser.get(otherSite.url("/photo.html"));
    wait.until(ExpectedConditions.urlContains("/dashboard/api/cases/" + caseNo + "/evidence"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("403", "无权执行此操作");
    assertThat(rest.getList(handler, "/api/cases/" + caseNo + "/evidence").getBody()).hasSize(1);
  }

  /** A site on another port (another origin) whose page posts a photo to the dashboard as soon as it loads. */
  private OtherSite forgingSite(String target) throws IOException {
    String page = """
        <!doctype html><html><body>
        <form id="forged" method="post" enctype="multipart/form-data" action="http://localhost:%d%s">
          <input type="file" name="file" id="file"><input name="description" value="伪造">
        </form>
        <script>
          const bytes = new Uint8Array(%s);
          const files = new DataTransfer();
          files.items.add(new File([bytes], 'forged.png', { type: 'image/png' }));
          document.getElementById('file').files = files.files;
          document.getElementById('forged').submit();
        </script>
        </body></html>""".formatted(port, target, Arrays.toString(unsigned(PNG)));
    return OtherSite.serving("localhost", Map.of("/photo.html", page));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Waits until the page says it has loaded its data (or shows an error, which fails the test). */
  private void waitForLoaded() {
    Object state = wait.until(d -> ((JavascriptExecutor) d).executeScript(
        "const error = document.getElementById('error');"
        + "if (error && error.textContent) { return 'error: ' + error.textContent; }"
        + "return document.body && document.body.dataset.loaded === 'true' ? 'loaded' : null;"));
    assertThat(state).isEqualTo("loaded");
  }

  /** The text of the table's row that mentions the given text. */
  private String rowOf(String tableId, String mention) {
    return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream().map(row -> row.getText())
        .filter(row -> row.contains(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + mention + " in #" + tableId + ": "
            + browser.findElement(By.id(tableId)).getText()));
  }

  private static byte[] png() {
    byte[] content = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 256);
    for (int i = 8; i < content.length; i++) {
      content[i] = (byte) i;
    }
    return content;
  }

  private static int[] unsigned(byte[] bytes) {
    int[] values = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] & 0xFF;
    }
    return values;
  }
}
