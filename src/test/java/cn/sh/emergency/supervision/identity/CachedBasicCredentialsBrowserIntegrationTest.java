package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.OtherSite;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attack on cached HTTP Basic credentials, replayed in Chromium. A handler once opened an {@code /api} and an
 * {@code /engine-rest} address with his user name and password; the browser keeps them and sends them with every
 * later request there (a page of this server then reads both without giving any). A page of another site posts
 * forged forms: evidence into his case over {@code /api}, an attachment to his task over {@code /engine-rest}. The
 * browser adds the cached credentials and names the other site in {@code Origin}; the server refuses both with 403
 * 拒绝跨站请求 and adds nothing. The same forms posted from a page of this server, with the same cached credentials,
 * go through.
 */
@PostgresIntegrationTest
@ExtendWith(HeadlessChromium.class)
class CachedBasicCredentialsBrowserIntegrationTest {

  static final String HANDLER = "jingan-handler";
  /** A PNG as the evidence store recognises it (its signature, then any bytes). */
  static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
  static final ObjectMapper JSON = new ObjectMapper();

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

  ChromeDriver browser;
  WebDriverWait wait;
  EngineRest rest;
  OtherSite otherSite;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    browser = HeadlessChromium.startRecordingNetwork("zh-CN");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void tearDown() {
    browser.quit();
    if (otherSite != null) {
      otherSite.close();
    }
  }

  @Test
  void anotherSitesPageCannotUseCachedBasicCredentialsAndThisServersPageCan() throws Exception {
    String caseNo = new HazardSteps(intake, taskService, identityService)
        .report(HANDLER, "南京西路街道", "HAZARDOUS_CHEMICALS");
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    taskService.claim(task.getId(), HANDLER);
    String evidence = "/api/cases/" + caseNo + "/evidence";
    String attachment = "/engine-rest/task/" + task.getId() + "/attachment/create";

    // The handler opens an /api and an /engine-rest address with his credentials; the browser keeps them.
    browser.get(withCredentials("/api/cases/" + caseNo));
    assertThat(pageText()).contains(caseNo);
    browser.get(withCredentials("/engine-rest/task?processInstanceBusinessKey=" + caseNo));
    assertThat(pageText()).contains(task.getId());

    // A page of this server reads both without giving credentials: the browser sends the cached ones.
    browser.get(url("/dashboard/login.html"));
    assertThat(fetchStatus("/api/cases/" + caseNo, "same-origin")).isEqualTo(200);
    assertThat(fetchStatus("/engine-rest/task/" + task.getId(), "same-origin")).isEqualTo(200);
    assertThat(fetchStatus("/api/cases/" + caseNo, "omit")).as("the same read without the browser's credentials")
        .isEqualTo(401);
    browser.manage().logs().get(LogType.PERFORMANCE);

    // Another site's pages post forged forms as soon as they load.
    otherSite = attackSite(Map.of("/evidence.html", evidenceForm(evidence), "/attachment.html",
        attachmentForm(attachment)));
    String attacker = otherSite.url("");
    browser.get(attacker + "/evidence.html");
    wait.until(ExpectedConditions.urlContains(evidence));
    assertThat(pageText()).contains("403", "拒绝跨站请求");
    browser.get(attacker + "/attachment.html");
    wait.until(ExpectedConditions.urlContains(attachment));
    assertThat(pageText()).contains("403", "拒绝跨站请求");

    // The browser did send the cached credentials with both, and named the other site.
    List<Map<String, String>> sent = postsSent();
    assertThat(sent).filteredOn(headers -> headers.get(":url").endsWith(evidence)).singleElement()
        .satisfies(headers -> assertThat(headers).containsEntry("origin", attacker)
            .hasEntrySatisfying("authorization", value -> assertThat(value).startsWith("Basic ")));
    assertThat(sent).filteredOn(headers -> headers.get(":url").endsWith(attachment)).singleElement()
        .satisfies(headers -> assertThat(headers).containsEntry("origin", attacker)
            .hasEntrySatisfying("authorization", value -> assertThat(value).startsWith("Basic ")));

    // Nothing was added.
    assertThat(rest.getList(HANDLER, evidence).getBody()).isEmpty();
    assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();

    // The same forms from a page of this server go through, with the same cached credentials.
    browser.get(url("/dashboard/login.html"));
    submitOnThisPage(evidenceForm(evidence));
    wait.until(ExpectedConditions.urlContains(evidence));
    assertThat(pageText()).contains("\"uploadedBy\":\"" + HANDLER + "\"");
    browser.get(url("/dashboard/login.html"));
    submitOnThisPage(attachmentForm(attachment));
    wait.until(ExpectedConditions.urlContains(attachment));
    assertThat(pageText()).contains("现场照片");
    assertThat(rest.getList(HANDLER, evidence).getBody()).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("uploadedBy", HANDLER));
    assertThat(taskService.getTaskAttachments(task.getId())).singleElement()
        .satisfies(a -> assertThat(a.getName()).isEqualTo("现场照片"));
  }

  /** A form posting a photo as evidence of the case, and the script that fills in the photo and posts it. */
  private String evidenceForm(String action) {
    return """
        <form id="forged" method="post" enctype="multipart/form-data" action="%s">
          <input type="file" name="file" id="file"><input name="description" value="伪造的证据">
        </form>
        <script>
          const files = new DataTransfer();
          files.items.add(new File([new Uint8Array(%s)], 'forged.png', { type: 'image/png' }));
          document.getElementById('file').files = files.files;
          document.getElementById('forged').submit();
        </script>""".formatted(url(action), Arrays.toString(unsigned(PNG)));
  }

  /** A form adding an attachment (a link) to the task over the engine REST API, and the script that posts it. */
  private String attachmentForm(String action) {
    return """
        <form id="forged" method="post" enctype="multipart/form-data" action="%s">
          <input name="attachment-name" value="现场照片"><input name="attachment-description" value="伪造的附件">
          <input name="attachment-type" value="link"><input name="url" value="https://example.invalid/photo">
        </form>
        <script>document.getElementById('forged').submit();</script>""".formatted(url(action));
  }

  /** A site on another origin (127.0.0.1, another port) serving the given pages. */
  private static OtherSite attackSite(Map<String, String> pages) throws IOException {
    Map<String, String> documents = new java.util.HashMap<>();
    pages.forEach((path, html) -> documents.put(path, "<!doctype html><html><body>" + html + "</body></html>"));
    return OtherSite.serving("127.0.0.1", documents);
  }

  /** Puts the form into the page the browser shows and runs its script, as if the page itself had it. */
  private void submitOnThisPage(String formAndScript) {
    int script = formAndScript.indexOf("<script>");
    String form = formAndScript.substring(0, script);
    String code = formAndScript.substring(script + "<script>".length(), formAndScript.lastIndexOf("</script>"));
    ((JavascriptExecutor) browser).executeScript(
        "document.body.insertAdjacentHTML('beforeend', arguments[0]);" + code, form);
  }

  /** The status of a GET from the page the browser shows, with the given credentials mode of fetch. */
  private long fetchStatus(String path, String credentials) {
    Object status = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], { credentials: arguments[1] }).then(r => done(r.status), e => done(String(e)));",
        path, credentials);
    assertThat(status).isInstanceOf(Long.class);
    return (Long) status;
  }

  /**
   * The POSTs the browser sent since the log was last read: each request's headers as they went out (names in
   * lower case), its address under {@code :url}.
   */
  private List<Map<String, String>> postsSent() throws IOException {
    Map<String, String> posts = new HashMap<>();
    Map<String, JsonNode> headersSent = new HashMap<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = JSON.readTree(entry.getMessage()).path("message");
      JsonNode params = message.path("params");
      String requestId = params.path("requestId").asText();
      switch (message.path("method").asText()) {
        case "Network.requestWillBeSent" -> {
          if ("POST".equals(params.path("request").path("method").asText())) {
            posts.put(requestId, params.path("request").path("url").asText());
          }
        }
        case "Network.requestWillBeSentExtraInfo" -> headersSent.put(requestId, params.path("headers"));
        default -> {
        }
      }
    }
    List<Map<String, String>> sent = new ArrayList<>();
    posts.forEach((requestId, address) -> {
      Map<String, String> headers = new HashMap<>();
      headers.put(":url", address);
      headersSent.getOrDefault(requestId, JSON.createObjectNode()).fields()
          .forEachRemaining(h -> headers.put(h.getKey().toLowerCase(), h.getValue().asText()));
      sent.add(headers);
    });
    return sent;
  }

  private String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private String withCredentials(String path) {
    return "http://" + HANDLER + ":" + PlatformSample.PASSWORD + "@localhost:" + port + path;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static int[] unsigned(byte[] bytes) {
    int[] values = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] & 0xFF;
    }
    return values;
  }
}
