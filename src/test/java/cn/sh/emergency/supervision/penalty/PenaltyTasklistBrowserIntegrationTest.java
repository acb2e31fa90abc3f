package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A handler serving the notice of the intended penalty opens the task in Tasklist and finds the notice of that very
 * party (and the hearing notice, as the party has the right) linked to its document page in a new tab, where the
 * notice is issued and opens as PDF in Tasklist's session; a handler proposing a case in Tasklist picks its two
 * investigators by name.
 */
@PostgresIntegrationTest
// Early in the year: the 90-day decision period must end within the calendar's years.
@EngineTime("2026-03-02T09:00:00")
@ExtendWith(HeadlessChromium.class)
class PenaltyTasklistBrowserIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;

  EngineRest rest;
  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    rest = new EngineRest(restTemplate);
    browser = HeadlessChromium.start("zh-CN");
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void theNoticeTaskLinksTheNoticesOfItsParty() {
    Map<String, Object> proposal = ApiBodies.penalty();
    proposal.put("overdueUncorrected", true);  // art. 102 拒不执行: the principal is fined too
    proposal.put("parties", List.of(
        Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", EngineRest.VALID_USCC),
        Map.of("kind", "PRINCIPAL", "name", "张三丰", "idNumber", "310106198001011231", "lastYearIncomeYuan", 300000)));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", proposal);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    submit("jingan-leader", task(caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION),
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    submit("jingan-handler", task(caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE),
        Map.of(Var.INVESTIGATION_REPORT, "经调查属实", CommonVariables.OPINION, "建议处罚"));
    // Both proposals stay with the handler who investigated (承办连续性). The principal (party 2) gets a proposal;
    // the section chief transfers the unit's to a colleague, so that the notice task is the case's only one in the
    // handler's 我的待办.
    Task propose = proposeTask(caseNo, 2);
    assertThat(rest.post("jingan-chief", "/api/tasks/" + proposeTask(caseNo, 1).getId() + "/transfer",
        Map.of("assignee", "jingan-handler2", "reason", "单位部分由同组承办人办理")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    long max = ((Number) taskService.getVariable(propose.getId(), Var.FINE_MAX_YUAN)).longValue();
    submit("jingan-handler", propose, Map.of(Var.PROPOSED_FINE_YUAN, max, Var.DRAFT_DECISION, "拟罚款" + max + "元"));

    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .filter("我的待办").openTaskOf(caseNo);
    // 流转记录 on the task: the earlier steps, who did them by name, the opinions.
    tasklist.waitForText("流转记录").waitForText("拟定处罚意见");
    assertThat(tasklist.text()).contains("调查取证", "立案审批", "静安区承办人", "静安区分管领导", "同意立案");
    String notice = "/dashboard/document.html?caseNo=" + caseNo + "&type=penalty-notice&party=2";
    assertThat(tasklist.linkTarget("行政处罚告知书（PDF）")).endsWith(notice);
    assertThat(tasklist.link("听证告知书（PDF）").getAttribute("href"))
        .endsWith("/dashboard/document.html?caseNo=" + caseNo + "&type=hearing-notice&party=2");
    assertThat(tasklist.link("听证告知书（PDF）").getAttribute("target")).isEqualTo("_blank");
    // The party's notice, issued from its page in Tasklist's session, opens as PDF.
    browser.get(tasklist.linkTarget("行政处罚告知书（PDF）"));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ISSUABLE"));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("行政处罚告知书（第2个当事人）");
    browser.findElement(By.id("issue")).click();
    wait.until(ExpectedConditions.urlContains("/dashboard/api/cases/" + caseNo + "/documents/penalty-notice.pdf?party=2"));
    List<Map<String, Object>> issued = rest.getList("jingan-handler", "/api/cases/" + caseNo + "/documents").getBody();
    assertThat(issued).singleElement().satisfies(d -> assertThat(d).containsEntry("type", "penalty-notice")
        .containsEntry("subject", "party-2").containsEntry("issuedBy", "jingan-handler"));
  }

  /**
   * The start form's investigators are picked by name among the certified officers of the district chosen on it and
   * the city — another district's officer is not offered — and the case keeps their user ids.
   */
  @Test
  void aHandlerPicksTwoInvestigatorsByNameOnTheStartForm() {
    String enterprise = "上海择员化工有限公司";
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .startProcess("一案双罚行政处罚案件")
        .select("所属区", "静安区")
        .fill("被处罚单位名称", enterprise)
        .fill("统一社会信用代码", EngineRest.VALID_USCC)
        .select("行业领域", "危险化学品")
        .fill("违法事实", "未采取措施消除事故隐患")
        .fillDate("违法行为发生日期", ApiBodies.VIOLATION_ON)
        .select("被处罚单位的法律依据条款", LegalArticle.SPL_102.chineseName())
        .fill("法律依据", "《中华人民共和国安全生产法》第一百零二条")
        .select("拟作出的决定类型", "罚款");
    assertThat(tasklist.optionsShown("调查人员", "承办人")).contains("静安区承办人（执法证 310106-0001）",
        "静安区承办人二（执法证 310106-0002）", "上海市承办人（执法证 310000-0001）")
        .noneMatch(label -> label.startsWith("长宁区"));
    tasklist.pick("调查人员", "承办人二", "静安区承办人二（执法证 310106-0002）")
        .pick("调查人员", "静安", "静安区承办人（执法证 310106-0001）");
    assertThat(tasklist.picked("调查人员")).containsExactly("静安区承办人二（执法证 310106-0002）",
        "静安区承办人（执法证 310106-0001）");
    tasklist.start();
    tasklist.waitForText("流程已启动");

    ProcessInstance started = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).variableValueEquals("enterpriseName", enterprise)
        .singleResult();
    assertThat(started).isNotNull();
    assertThat(runtimeService.getVariable(started.getId(), Var.INVESTIGATORS))
        .isEqualTo("jingan-handler2,jingan-handler");
  }

  private Task proposeTask(String caseNo, int partyNo) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(DualPenaltyProcess.USER_TASK_PROPOSE_FINE).list().stream()
        .filter(t -> Integer.valueOf(partyNo).equals(runtimeService.getVariable(t.getExecutionId(), Var.PARTY_NO)))
        .findFirst().orElseThrow();
  }

  private Task task(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
  }

  private void submit(String user, Task task, Map<String, Object> variables) {
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
