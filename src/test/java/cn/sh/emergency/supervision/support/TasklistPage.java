package cn.sh.emergency.supervision.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a user sees it in Chinese: log in, pick a filter, open a task, fill its form, complete; the
 * case of a start and of a task, links that open in a new tab, 转办, 委派 and 完成委派. It counts what the user does —
 * clicks and typed fields — so a walk through a lifecycle can say how much work a case is.
 */
public final class TasklistPage {

  /** Engine time of browser tests: a fixed working day whose deadlines stay within the calendar's years. */
  public static final String BROWSER_TEST_TIME = "2026-11-02T09:00:00";

  /** How long Camunda Forms waits after typing before it takes the text (form-js debounces input by 300 ms). */
  private static final Duration FORM_PAUSE = Duration.ofMillis(400);

  private final WebDriver browser;
  private final WebDriverWait wait;
  private final String baseUrl;
  private int clicks;
  private int typedFields;

  public TasklistPage(WebDriver browser, int port) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    this.baseUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  /** Clicks the user made since this page object was created (log-ins not counted). */
  public int clicks() {
    return clicks;
  }

  /** Fields the user typed into since this page object was created (log-ins not counted). */
  public int typedFields() {
    return typedFields;
  }

  /** Ends the session, as the user's menu does, so that the next user can log in. */
  public TasklistPage logOut() {
    browser.manage().deleteAllCookies();
    return this;
  }

  /**
   * Opens 启动流程, picks the process by its Chinese name and waits for its start form, as a user starting a case
   * does.
   */
  public TasklistPage startProcess(String processName) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='启动流程']"))));
    By process = By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
    By form = By.cssSelector(".modal .fjs-form");
    // The dialog draws its list of processes again once they are all loaded; a click on the first drawing's link
    // may land on an element just replaced and do nothing. A user then clicks the name again.
    for (int attempt = 1; ; attempt++) {
      click(wait.until(ExpectedConditions.elementToBeClickable(process)));
      try {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(form));
        return this;
      } catch (TimeoutException notOpened) {
        if (attempt == 3 || !browser.findElements(form).isEmpty()) {
          wait.until(ExpectedConditions.presenceOfElementLocated(form));
          return this;
        }
      }
    }
  }

  /** Starts the process with what the start form holds (the dialog's 启动 button). */
  public TasklistPage start() {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'modal')]//button[normalize-space()='启动']"))));
    return this;
  }

  /** Types a date as YYYY-MM-DD into the date field with the given label and leaves the field. */
  public TasklistPage fillDate(String fieldLabel, String isoDay) {
    WebElement field = input(fieldLabel);
    field.clear();
    field.sendKeys(isoDay);
    leave(field);
    typedFields++;
    return this;
  }

  /** Picks an option of the select field with the given label. */
  public TasklistPage select(String fieldLabel, String optionLabel) {
    WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + fieldLabel + "')]]"
            + "//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input')]")));
    click(select);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space(text())='" + optionLabel + "']"))));
    return this;
  }

  /** Ticks the checkbox with the given label. */
  public TasklistPage check(String label) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-form-field-checkbox')][.//label[starts-with(normalize-space(),'" + label + "')]]"
            + "//input[@type='checkbox']"))));
    return this;
  }

  /** Ticks the option with the given label of the checklist field with the given label. */
  public TasklistPage tick(String fieldLabel, String optionLabel) {
    WebElement option = field(fieldLabel).findElement(By.xpath(
        ".//label[normalize-space()='" + optionLabel + "']"));
    click(wait.until(ExpectedConditions.elementToBeClickable(option)));
    return this;
  }

  /** Empties the screenshot folder of a walk, so that a walk's pictures are the ones of its last run. */
  public static void newWalk(String walk) {
    Path directory = screenshots(walk);
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (var pictures = Files.list(directory)) {
      for (Path picture : pictures.toList()) {
        Files.delete(picture);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path screenshots(String walk) {
    return Path.of("target", "test-reports", "screenshots", walk);
  }

  /**
   * Saves what the browser shows as a PNG in the test report ({@code target/test-reports/screenshots/<walk>/}),
   * numbered in the order taken.
   */
  public TasklistPage screenshot(String walk, String step) {
    Path directory = screenshots(walk);
    try {
      Files.createDirectories(directory);
      long taken;
      try (var existing = Files.list(directory)) {
        taken = existing.count();
      }
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(directory.resolve(String.format("%02d-%s.png", taken + 1, step)), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public TasklistPage logIn(String user, String password) {
    browser.get(baseUrl);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("我的待办")));
    return this;
  }

  /** Where the link of the open form with the given text leads. */
  public String linkTarget(String linkText) {
    return link(linkText).getAttribute("href");
  }

  /** The link of the open form with the given text. */
  public WebElement link(String linkText) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText(linkText)));
  }

  public String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  public TasklistPage filter(String name) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(name))));
    return this;
  }

  /**
   * Searches the current filter for the case (Tasklist's search by business key, as its search box writes it into
   * the address) and opens the task of the list card that shows the case number. Searching keeps the card on the
   * first page however many tasks the group has.
   */
  public TasklistPage openTaskOf(String caseNo) {
    return openTask(caseNo, null);
  }

  /**
   * As {@link #openTaskOf(String)}, for a case with several open tasks at once (a penalty case's parties, an
   * case and the publication of its decision): opens the card whose task has the given name (Tasklist shows it
   * followed by the enterprise, e.g. 整改措施落实情况评估 · 上海某某有限公司).
   */
  public TasklistPage openTask(String caseNo, String taskName) {
    wait.until(ExpectedConditions.urlContains("filter="));
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + caseNo
        + "\",\"name\":\"\"}]";
    // Without the task open before: reloaded with a task completed since, Tasklist would say it no longer exists.
    String withoutSearch = browser.getCurrentUrl().replaceAll("(searchQuery|task)=[^&]*&?", "");
    browser.get(withoutSearch + (withoutSearch.endsWith("?") ? "" : "&") + "searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8));
    // Tasklist's search widget reads the address when the page loads, as when a user opens a saved search link.
    browser.navigate().refresh();
    By card = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + caseNo + "')]]"
        + (taskName == null ? "" : "[.//h4/a[starts-with(normalize-space(),'" + taskName + "')]]") + "//h4/a");
    try {
      awaitSingle(card, taskName == null);
    } catch (TimeoutException listNotShown) {
      // Once, on a busy machine, the list stayed empty after the reload (the cause unseen); a user reloads once
      // more. Should it stay empty, the failure says what the page showed.
      browser.navigate().refresh();
      try {
        awaitSingle(card, taskName == null);
      } catch (TimeoutException stillNotShown) {
        throw new AssertionError("no task " + (taskName == null ? "" : taskName + " ") + "of " + caseNo + " at "
            + browser.getCurrentUrl() + "; the page says: " + text().replaceAll("\\s+", " "), stillNotShown);
      }
    }
    click(wait.until(ExpectedConditions.elementToBeClickable(card)));
    return this;
  }

  /** Waits for the card; without a task name, for it to be the only card of the list (the case has one task). */
  private void awaitSingle(By card, boolean onlyCard) {
    wait.until(ExpectedConditions.numberOfElementsToBe(
        onlyCard ? By.xpath("//li[contains(@class,'task')][.//h4/a]") : card, 1));
    wait.until(ExpectedConditions.numberOfElementsToBe(card, 1));
  }

  public TasklistPage claim() {
    clickText("认领");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    return this;
  }

  /** Picks an option of a radio group or select by its Chinese label. */
  public TasklistPage choose(String optionLabel) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-form')]//label[normalize-space()='" + optionLabel + "']"))));
    return this;
  }

  public TasklistPage select(String optionLabel) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-select-display"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space(text())='" + optionLabel + "']"))).click();
    return this;
  }

  /** Types into the form field with the given label. */
  public TasklistPage fill(String fieldLabel, String value) {
    WebElement field = input(fieldLabel);
    field.clear();
    field.sendKeys(value);
    leave(field);
    typedFields++;
    return this;
  }

  /** The value the form shows in the field with the given label (read-only fields too). */
  public String fieldValue(String fieldLabel) {
    WebElement field = input(fieldLabel);
    wait.until(ready -> !field.getAttribute("value").isEmpty());
    return field.getAttribute("value");
  }

  public void complete() {
    clickText("完成");
  }

  /** The case number the confirmation of a start names (流程已启动: 案件编号 HZ-…). */
  public String startedCaseNo() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications "
        + ".sv-started-case"))).getText();
  }

  /** The confirmation's link 查看案件. */
  public WebElement startedCaseLink() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'page-notifications')]//a[normalize-space()='查看案件']")));
  }

  /** The navbar's link with the given text, e.g. 我的案件. */
  public WebElement navbarLink(String text) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[@cam-widget-header]//a[normalize-space()='" + text + "']")));
  }

  /**
   * The open task's case as its header shows it: 案件 HZ-…（enterprise）. Tasklist draws the header again when it
   * reloads the task (after a claim), so a header read while it is replaced is read again.
   */
  public String taskCase() {
    By header = By.cssSelector(".sv-case-bar .sv-case");
    return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          WebElement shown = ExpectedConditions.visibilityOfElementLocated(header).apply(driver);
          return shown == null ? null : shown.getAttribute("title");
        });
  }

  /** The open task's link 案件详情. */
  public WebElement caseDetailsLink() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sv-case-bar .sv-case-link")));
  }

  /** The hand-overs the open task offers the user (转办, 委派, 完成委派), once its header shows its case. */
  public List<String> handOvers() {
    WebElement bar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sv-case-bar")));
    wait.until(ready -> !bar.findElements(By.cssSelector(".sv-case")).isEmpty());
    return bar.findElements(By.tagName("button")).stream().map(WebElement::getText).map(String::trim).toList();
  }

  /** Waits until the open task offers exactly these hand-overs (Tasklist reloads the task after a change). */
  public TasklistPage waitForHandOvers(String... actions) {
    wait.until(ready -> handOvers().equals(List.of(actions)));
    return this;
  }

  /**
   * Opens the dialog of a hand-over (转办, 委派 or 完成委派) of the open task and returns the colleagues it offers by
   * name, once it has read them (none for 完成委派).
   */
  public List<String> openHandOver(String action) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'sv-case-bar')]//button[normalize-space()='" + action + "']"))));
    WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sv-dialog")));
    List<WebElement> picker = dialog.findElements(By.tagName("select"));
    if (picker.isEmpty()) {
      return List.of();
    }
    wait.until(ready -> picker.get(0).isEnabled() || dialog.findElement(By.cssSelector(".sv-dialog-error"))
        .isDisplayed());
    return new Select(picker.get(0)).getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty())
        .map(WebElement::getText).toList();
  }

  /** Picks the colleague by name (when given), writes the reason and confirms; the dialog stays open on a refusal. */
  public TasklistPage confirmHandOver(String person, String reason) {
    WebElement dialog = browser.findElement(By.cssSelector(".sv-dialog"));
    if (person != null) {
      new Select(dialog.findElement(By.tagName("select"))).selectByVisibleText(person);
    }
    WebElement why = dialog.findElement(By.tagName("textarea"));
    why.clear();
    why.sendKeys(reason);
    click(dialog.findElement(By.cssSelector("button[type=submit]")));
    return this;
  }

  /** What the dialog says is wrong: a missing choice or reason, or the server's refusal. */
  public String handOverError() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sv-dialog .sv-dialog-error")))
        .getText();
  }

  /** Closes the dialog with 取消. */
  public TasklistPage cancelHandOver() {
    click(browser.findElement(By.xpath("//*[contains(@class,'sv-dialog')]//button[normalize-space()='取消']")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".sv-dialog")));
    return this;
  }

  /** 转办, 委派 or 完成委派 of the open task: to whom by name (none for 完成委派) and why; waits until it is done. */
  public TasklistPage handOver(String action, String person, String reason) {
    openHandOver(action);
    confirmHandOver(person, reason);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".sv-dialog")));
    return this;
  }

  /** Follows a link that opens in a new tab, and turns to that tab. */
  public Tab followInNewTab(WebElement link) {
    String tasklistTab = browser.getWindowHandle();
    Set<String> before = browser.getWindowHandles();
    click(link);
    wait.until(ExpectedConditions.numberOfWindowsToBe(before.size() + 1));
    String opened = browser.getWindowHandles().stream().filter(handle -> !before.contains(handle)).findFirst()
        .orElseThrow();
    browser.switchTo().window(opened);
    return new Tab(tasklistTab);
  }

  /** A tab opened from Tasklist; Tasklist stays open in its own. */
  public final class Tab {

    private final String tasklistTab;

    private Tab(String tasklistTab) {
      this.tasklistTab = tasklistTab;
    }

    public String url() {
      return browser.getCurrentUrl();
    }

    public Tab waitForText(String text) {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
      return this;
    }

    /**
     * Issues the enforcement document the tab shows (its page's 出具并打开, offered while the document is not yet
     * issued) and waits until the issued document opens.
     */
    public Tab issue() {
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ISSUABLE"));
      click(wait.until(ExpectedConditions.elementToBeClickable(By.id("issue"))));
      wait.until(ExpectedConditions.urlContains(".pdf"));
      return this;
    }

    /**
     * Whether the page may show a dialog of its own: a tab that inherited the webapps' sandbox may not (nor may it
     * show a PDF).
     */
    public boolean showsDialogs() {
      ((JavascriptExecutor) browser).executeScript("setTimeout(() => window.alert('新标签页'), 0);");
      try {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        return true;
      } catch (TimeoutException ignored) {
        return false;
      }
    }

    /** Closes the tab and turns back to Tasklist. */
    public TasklistPage close() {
      browser.close();
      browser.switchTo().window(tasklistTab);
      return TasklistPage.this;
    }
  }

  /** Waits until the page shows the text, e.g. an error message or a confirmation. */
  public TasklistPage waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return this;
  }

  /** Closes Tasklist's notifications (they cover the form's buttons), as a user would. */
  public TasklistPage dismissNotifications() {
    for (WebElement close : browser.findElements(By.cssSelector(".page-notifications .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
    return this;
  }

  /**
   * Picks a person in a people picker (a taglist or a searchable select) as a user does: types part of the name and
   * clicks the option shown with the given label.
   */
  public TasklistPage pick(String fieldLabel, String typed, String optionLabel) {
    WebElement input = field(fieldLabel).findElement(By.cssSelector("input:not([type=hidden])"));
    click(input);
    input.sendKeys(typed);
    typedFields++;
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + optionLabel + "']"))));
    return this;
  }

  /** The options a people picker shows after typing the given text, by label. */
  public List<String> optionsShown(String fieldLabel, String typed) {
    WebElement input = field(fieldLabel).findElement(By.cssSelector("input:not([type=hidden])"));
    click(input);
    input.clear();
    input.sendKeys(typed);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
    List<String> shown = browser.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(WebElement::getText).map(String::trim).toList();
    input.clear();
    return shown;
  }

  /** The people a taglist holds, by label. */
  public List<String> picked(String fieldLabel) {
    return field(fieldLabel).findElements(By.cssSelector(".fjs-taglist-tag-label")).stream()
        .map(WebElement::getText).map(String::trim).toList();
  }

  /** The form field (label and input) with the given label. */
  private WebElement field(String fieldLabel) {
    WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + fieldLabel + "')]]")));
    scrollTo(field);
    return field;
  }

  /**
   * The input a label names: the one its {@code for} points at (a date-and-time field has two labels and two inputs),
   * else the first input of the label's field.
   */
  private WebElement input(String fieldLabel) {
    WebElement field = wait.until(driver -> {
      for (WebElement label : driver.findElements(By.xpath("//*[contains(@class,'fjs-form-field')]//label[starts-with("
          + "normalize-space(),'" + fieldLabel + "')]"))) {
        String target = label.getAttribute("for");
        List<WebElement> inputs = target == null || target.isEmpty()
            ? label.findElements(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"
                + "//*[self::textarea or self::input]"))
            : driver.findElements(By.id(target));
        if (!inputs.isEmpty() && inputs.get(0).isDisplayed()) {
          return inputs.get(0);
        }
      }
      return null;
    });
    scrollTo(field);
    return field;
  }

  /**
   * Leaves a typed field at a user's pace: the form takes typed text after a short pause (a field typed into within
   * that pause of another could be redrawn with the other's older state), and leaving the field checks it.
   */
  private void leave(WebElement field) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", field);
    try {
      Thread.sleep(FORM_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void clickText(String text) {
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[self::a or self::button][normalize-space(text())='" + text + "']"))));
  }

  /**
   * Fields low on the form sit under Tasklist's footer until scrolled to the middle of the pane; while Tasklist is
   * still laying out the task (the form and the task's header render one after the other) another element may be
   * where the field was a moment ago, so a click that lands on it is tried again.
   */
  private void click(WebElement element) {
    WebDriverWait untilNotCovered = new WebDriverWait(browser, Duration.ofSeconds(10));
    untilNotCovered.ignoring(ElementClickInterceptedException.class).until(ready -> {
      scrollTo(element);
      element.click();
      return true;
    });
    clicks++;
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
