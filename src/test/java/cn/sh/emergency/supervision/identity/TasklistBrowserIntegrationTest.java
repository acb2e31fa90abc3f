package cn.sh.emergency.supervision.identity;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case handler in a browser set to Chinese: logs in to Tasklist, finds the case in the shared filter 本组待办,
 * claims the task, fills the Camunda Form and completes it; the full-process record shows what they entered.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class TasklistBrowserIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseRecords caseRecords;

  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.start("zh-CN");
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aHandlerWorksACaseInTheChineseTasklist() {
    String caseNo = new EngineRest(restTemplate).startCase("jingan-handler", "jingan");

    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD);
    assertThat(tasklist.text()).contains("我的待办", "本组待办", "即将到期", "已逾期", "启动流程");

    tasklist.filter("本组待办").openTaskOf(caseNo).claim()
        .select("办结").fill("办理意见", "浏览器中办理：现场已整改")
        .complete();

    List<RecordView> records = waitForRecords(caseNo, 2);
    assertThat(records.get(1).kind()).isEqualTo("TASK_COMPLETED");
    assertThat(records.get(1).actor()).isEqualTo("jingan-handler");
    assertThat(records.get(1).outcome()).isEqualTo("DONE");
    assertThat(records.get(1).opinion()).isEqualTo("浏览器中办理：现场已整改");
  }

  private List<RecordView> waitForRecords(String caseNo, int count) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
      List<RecordView> records = caseRecords.of(caseNo);
      return records.size() >= count ? records : null;
    });
  }
}
