package cn.sh.emergency.supervision.journeys;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.support.CaseTimers;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.WebDriver;

/**
 * What every walk has: the server it walks through, a headless Chromium in Chinese, the walk that counts and
 * photographs it, the case file it watches and the timers it lets fire when time passes.
 */
abstract class WalkTest {

  private final String walkName;

  @LocalServerPort
  int port;
  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseRecords caseRecords;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

  WebDriver browser;
  Walk walk;
  CaseTimers timers;

  WalkTest(String walkName) {
    this.walkName = walkName;
  }

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.start("zh-CN");
    walk = new Walk(walkName, browser, port, caseFile);
    timers = new CaseTimers(runtimeService, managementService);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }
}
