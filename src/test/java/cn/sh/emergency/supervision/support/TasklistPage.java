package cn.sh.emergency.supervision.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist as a user sees it in Chinese: log in, pick a filter, open a task, fill its form, complete. */
public final class TasklistPage {

  /** Engine time of browser tests: a fixed working day whose deadlines stay within the calendar's years. */
  public static final String BROWSER_TEST_TIME = "2026-11-02T09:00:00";

  private final WebDriver browser;
  private final WebDriverWait wait;
  private final String baseUrl;

  public TasklistPage(WebDriver browser, int port) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    this.baseUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
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
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText(linkText))).getAttribute("href");
  }

  public String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  public TasklistPage filter(String name) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(name))).click();
    return this;
  }

  /**
   * Searches the current filter for the case (Tasklist's search by business key, as its search box writes it into
   * the address) and opens the task of the list card that shows the case number. Searching keeps the card on the
   * first page however many tasks the group has.
   */
  public TasklistPage openTaskOf(String caseNo) {
    wait.until(ExpectedConditions.urlContains("filter="));
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + caseNo
        + "\",\"name\":\"\"}]";
    String withoutSearch = browser.getCurrentUrl().replaceAll("searchQuery=[^&]*&?", "");
    browser.get(withoutSearch + (withoutSearch.endsWith("?") ? "" : "&") + "searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8));
    // Tasklist's search widget reads the address when the page loads, as when a user opens a saved search link.
    browser.navigate().refresh();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath("//li[contains(@class,'task')][.//h4/a]"), 1));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//li[contains(@class,'task')][.//*[contains(text(),'" + caseNo + "')]]//h4/a"))));
    return this;
  }

  /** 启动流程: opens the dialog and picks the process by its name; its start form shows. */
  public TasklistPage startProcess(String processName) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("启动流程"))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='" + processName + "']"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal .fjs-form")));
    return this;
  }

  /** 启动: submits the start form of the dialog. */
  public void start() {
    clickText("启动");
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

  /** Picks an option of the select with the given label (a form may have several selects). */
  public TasklistPage select(String fieldLabel, String optionLabel) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + fieldLabel + "')]]"
            + "//*[contains(@class,'fjs-select-display')]"))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space(text())='" + optionLabel + "']"))));
    return this;
  }

  /** Types into the form field with the given label. */
  public TasklistPage fill(String fieldLabel, String value) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + fieldLabel + "')]]"
            + "//*[self::textarea or self::input]")));
    scrollTo(field);
    field.clear();
    field.sendKeys(value);
    return this;
  }

  /** The value the form shows in the field with the given label (read-only fields too). */
  public String fieldValue(String fieldLabel) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + fieldLabel + "')]]"
            + "//*[self::textarea or self::input]")));
    wait.until(ready -> !field.getAttribute("value").isEmpty());
    return field.getAttribute("value");
  }

  public void complete() {
    clickText("完成");
  }

  /** Opens 启动流程 and the start form of the process with the given name. */
  public TasklistPage startProcess(String processName) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//a[contains(normalize-space(.),'启动流程')]"))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'modal')]//a[normalize-space(.)='" + processName + "']"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal .fjs-form")));
    return this;
  }

  /** Starts the process with what the start form holds (启动). */
  public void start() {
    clickText("启动");
  }

  /** Picks an option of the select with the given label by its Chinese label. */
  public TasklistPage choose(String fieldLabel, String optionLabel) {
    WebElement field = field(fieldLabel);
    click(field.findElement(By.cssSelector(".fjs-select-display, .fjs-input")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + optionLabel + "']"))));
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
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + optionLabel + "']"))));
    return this;
  }

  /** The options a people picker shows after typing the given text, by label. */
  public java.util.List<String> optionsShown(String fieldLabel, String typed) {
    WebElement input = field(fieldLabel).findElement(By.cssSelector("input:not([type=hidden])"));
    click(input);
    input.clear();
    input.sendKeys(typed);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
    java.util.List<String> shown = browser.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(WebElement::getText).map(String::trim).toList();
    input.clear();
    return shown;
  }

  /** The people a taglist holds, by label. */
  public java.util.List<String> picked(String fieldLabel) {
    return field(fieldLabel).findElements(By.cssSelector(".fjs-taglist-tag-label")).stream()
        .map(WebElement::getText).map(String::trim).toList();
  }

  private WebElement field(String fieldLabel) {
    WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + fieldLabel + "')]]")));
    scrollTo(field);
    return field;
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
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
