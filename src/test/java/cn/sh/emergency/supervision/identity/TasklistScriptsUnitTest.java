package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.shared.CommonVariables;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's customisation scripts against this build's Camunda webjar: config.js loads each of them, every module
 * they import is there, the task header names groups, roles and variables as the server does, and what they hook
 * into still exists in the shipped Tasklist bundle — the plugin points of the task header and the navbar with the
 * task in the plugin's scope, the AngularJS module for customisations, the REST client's start-form submission and
 * the start confirmation — so a Camunda upgrade that moves one of them fails the build instead of silently dropping
 * the case links, 转办/委派 or the case number after a start.
 */
class TasklistScriptsUnitTest {

  private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
  private static final String BUNDLE = TASKLIST + "camunda-tasklist-bootstrap.js";
  private static final List<String> CUSTOM_SCRIPTS = List.of("chinese-texts", "supervision-dates",
      "start-confirmation", "task-actions", "outside-links");
  private static final Pattern LOADED = Pattern.compile("customScripts:\\s*\\[([^\\]]*)]");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern ENTRY = Pattern.compile("'([^']+)':\\s*'([^']+)'");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import .* from '\\./([^']+)';$");

  @Test
  void tasklistLoadsEveryScript() throws IOException {
    Matcher loaded = LOADED.matcher(WebappLocalesUnitTest.text(TASKLIST + "scripts/config.js"));
    assertThat(loaded.find()).isTrue();
    assertThat(quoted(loaded.group(1))).containsExactlyElementsOf(CUSTOM_SCRIPTS.stream().map(s -> "scripts/" + s).toList());
  }

  @Test
  void everyModuleTheScriptsImportIsThere() throws IOException {
    Deque<String> modules = new ArrayDeque<>(CUSTOM_SCRIPTS.stream().map(s -> s + ".js").toList());
    Set<String> read = new HashSet<>();
    while (!modules.isEmpty()) {
      String module = modules.pop();
      if (read.add(module)) {
        Matcher imported = IMPORT.matcher(WebappLocalesUnitTest.text(TASKLIST + "scripts/" + module));
        while (imported.find()) {
          modules.push(imported.group(1));
        }
      }
    }
  }

  /** The task header names groups, the people API's roles and the case's variables as the server does. */
  @Test
  void theTaskHeaderNamesGroupsRolesAndVariablesAsTheServerDoes() throws IOException {
    String script = WebappLocalesUnitTest.text(TASKLIST + "scripts/task-actions.js");
    Map<String, String> roles = new LinkedHashMap<>();
    Matcher entry = ENTRY.matcher(constant(script, "PEOPLE_ROLES"));
    while (entry.find()) {
      roles.put(entry.group(1), entry.group(2));
    }
    assertThat(roles).isEqualTo(Arrays.stream(StaffRole.values()).filter(role -> role.groups().size() == 1)
        .collect(Collectors.toMap(role -> role.groups().get(0), StaffRole::code)));
    assertThat(roles.keySet()).containsExactlyInAnyOrderElementsOf(Roles.WORK_GROUPS);
    assertThat(quoted(constant(script, "TRANSFERRING_GROUPS"))).isEqualTo(Roles.TRANSFERRING);
    assertThat(quoted(constant(script, "CASE_VARIABLES")))
        .containsExactly(CommonVariables.CASE_NO, CommonVariables.ENTERPRISE_NAME);
  }

  private static String constant(String script, String name) {
    Matcher constant = Pattern.compile("const " + name + " = ([^;]*);").matcher(script);
    assertThat(constant.find()).as(name).isTrue();
    return constant.group(1);
  }

  private static List<String> quoted(String text) {
    List<String> values = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(text);
    while (quoted.find()) {
      values.add(quoted.group(1));
    }
    return values;
  }

  @Test
  void whatTheScriptsHookIntoIsInTheShippedTasklist() throws IOException {
    String bundle = WebappLocalesUnitTest.text(BUNDLE);
    assertThat(bundle)
        .as("the task header's plugin point, its scope reading the task")
        .contains("taskVars={read:[\"task\",\"taskData\"]}", "getProviders({component:\"tasklist.task.action\"})")
        .as("the navbar's plugin point").contains("\"tasklist.navbar.action\"")
        .as("plugins are rendered with their AngularJS scope").containsPattern(
            "\\.render\\(\\w+,\\w+\\(\\w+\\(\\w+\\.pluginPoint,\\w+,\\w+\\),\\w+\\.csrfCookieName(,\\w+)?\\),\\w+\\)")
        .as("custom scripts are loaded before Tasklist starts with the module for customisations").containsPattern(
            "bootstrap\\(document\\.documentElement,\\[[^\\]]*\"cam\\.tasklist\\.custom\"]\\)")
        .as("start forms are submitted through the process-definition resource")
        .contains("resource(\"process-definition\")", ".submitForm({id:")
        .as("the start confirmation").containsPattern(
            "\"PROCESS_START_OK\"\\)\\.then\\(\\(function\\(\\w+\\)\\{\\w+\\.addMessage\\(");
    assertThat(WebappLocalesUnitTest.text(TASKLIST + "locales/zh.json")).contains("\"PROCESS_START_OK\"");
  }
}
