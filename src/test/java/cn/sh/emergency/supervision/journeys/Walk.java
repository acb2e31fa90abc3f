package cn.sh.emergency.supervision.journeys;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.TasklistPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * One walk through a lifecycle in Tasklist: the users who log in one after another in the same browser, what the case
 * file says while the engine moves the case on, and the clicks and typed fields of all of them together. Its
 * screenshots go to the test report under the walk's name.
 */
final class Walk {

  private static final Duration CASE_FILE_WAIT = Duration.ofSeconds(30);

  private final String name;
  private final WebDriver browser;
  private final int port;
  private final CaseFile caseFile;
  private final List<TasklistPage> pages = new ArrayList<>();

  Walk(String name, WebDriver browser, int port, CaseFile caseFile) {
    this.name = name;
    this.browser = browser;
    this.port = port;
    this.caseFile = caseFile;
    TasklistPage.newWalk(name);
  }

  /** Ends the previous user's session, if any, and logs the user in. */
  TasklistPage logIn(String user) {
    if (!pages.isEmpty()) {
      pages.get(pages.size() - 1).logOut();
    }
    TasklistPage page = new TasklistPage(browser, port).logIn(user, PlatformSample.PASSWORD);
    pages.add(page);
    return page;
  }

  void awaitStage(String caseNo, String stage) {
    awaitCase(caseNo, c -> stage.equals(c.stage()));
  }

  CaseSummary awaitClosed(String caseNo) {
    return awaitCase(caseNo, c -> c.closedAt() != null);
  }

  CaseSummary awaitCase(String caseNo, Predicate<CaseSummary> state) {
    return new FluentWait<>(caseFile).withTimeout(CASE_FILE_WAIT).pollingEvery(Duration.ofMillis(200))
        .withMessage(() -> "case " + caseNo + " is " + caseFile.find(caseNo).map(CaseSummary::stage).orElse("missing"))
        .until(file -> file.find(caseNo).filter(state).orElse(null));
  }

  int clicks() {
    return pages.stream().mapToInt(TasklistPage::clicks).sum();
  }

  int typedFields() {
    return pages.stream().mapToInt(TasklistPage::typedFields).sum();
  }

  /** Prints the walk's cost where the test report keeps it. */
  void report(String caseNo) {
    System.out.printf("%n[walk %s] %s closed: %d clicks, %d typed fields%n", name, caseNo, clicks(), typedFields());
  }
}
