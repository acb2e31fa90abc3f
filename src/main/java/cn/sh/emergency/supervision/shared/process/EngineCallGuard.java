package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.UserIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The one door of both engine REST applications ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}):
 * a user changes a case only through the steps of its model. For everyone but administrators, before the
 * engine runs anything:
 * <ul>
 *   <li>only the calls case work needs may change anything — claiming, completing, commenting, starting, queries;
 *   a task someone has is not claimed or completed (409) or released (403) by another; giving a task to someone else
 *   (转办, 委派) goes through
 *   {@code /api/tasks/{id}/…} with its reason (403 here);
 *   instance modification, job execution and retries, suspension, raw variable updates, messages and deletion are
 *   refused (403), so a refused call never costs a timer a retry;</li>
 *   <li>a start carries no start instructions, skip flags or business key, and only the start form's fields (one
 *   left empty creates no variable);</li>
 *   <li>a completion carries only its step's inputs ({@link StepInputs}): a field left empty and a read-only field
 *   sent back unchanged or empty are dropped (they neither create nor overwrite a variable), a changed read-only
 *   field or any other variable is refused (400) with its name, and nothing is written;</li>
 *   <li>a people picker ({@link PeoplePicker}) of a completion or a start names only people it offered (a task's
 *   options variable; at a start, {@link PeopleOptions} for the district chosen on the form), else 400 naming them;
 *   what was picked reaches the engine as comma-separated user ids, however it was sent;</li>
 *   <li>a task update never changes the statutory due date or the model's name, description and priority.</li>
 * </ul>
 */
@Priority(Priorities.AUTHORIZATION)
public final class EngineCallGuard implements ContainerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double", "string");
  private static final Set<String> BOOLEAN_TEXT = Set.of("true", "false");
  private static final Pattern ENGINE_PREFIX = Pattern.compile("^/?(engine/[^/]+/)?");
  private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)");
  private static final Pattern TASK_UPDATE = Pattern.compile("task/([^/]+)");
  private static final Pattern CLAIM = Pattern.compile("task/([^/]+)/claim");
  private static final Pattern UNCLAIM = Pattern.compile("task/([^/]+)/unclaim");
  /** A task's comments and attachments, read. */
  private static final Pattern TASK_NOTES = Pattern.compile("task/([^/]+)/(comment|attachment)(/.*)?");
  /** The engine's own metrics (Camunda checks no permission on them). */
  private static final Pattern METRICS = Pattern.compile("metrics(/.*)?");
  /** Giving a task to someone else: 转办 and 委派 go through {@code /api/tasks/{id}/…}, with their reason. */
  private static final Pattern HANDOVER = Pattern.compile("task/([^/]+)/(assignee|delegate)");
  private static final Pattern START = Pattern.compile(
      "process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)");
  /** Changes case work needs, besides completions, starts and task updates (engine authorization still applies). */
  private static final List<Pattern> CASE_WORK = List.of(
      Pattern.compile("task/[^/]+/(claim|unclaim)"),
      Pattern.compile("task/[^/]+/comment/create"),
      Pattern.compile("task/[^/]+/attachment/create"));
  /** Queries sent as POST (their filters are too long for a URL), and a user's own saved filters. */
  private static final List<Pattern> QUERIES = List.of(
      Pattern.compile("(task|process-instance|variable-instance|execution|job|incident|process-definition)(/count)?"),
      Pattern.compile("history/[a-z-]+(/count|/report)?"),
      Pattern.compile("filter(/[^/]+(/list|/count)?)?"),
      Pattern.compile("decision-definition/.+/evaluate"));
  /** The longest text a string variable holds (its column in the engine's tables). */
  static final int MAX_TEXT_LENGTH = 4000;
  private static final Set<String> SKIP_FLAGS = Set.of("skipCustomListeners", "skipIoMappings");
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  /** Fields of a task update a user may not change (the engine and the model set them). */
  private static final List<String> FIXED_TASK_FIELDS = List.of("name", "description", "priority", "owner",
      "parentTaskId", "tenantId", "caseInstanceId");

  /** Where the application's {@link PeopleOptions} is found (the guard is created by Jersey, not by Spring). */
  @Context
  private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request) {
    String method = request.getMethod();
    String path = ENGINE_PREFIX.matcher(request.getUriInfo().getPath()).replaceFirst("");
    ProcessEngine engine = engine(request.getUriInfo().getPath());
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (user == null || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return; // not logged in: the engine refuses it; administrators keep every tool
    }
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      checkReading(request, engine, path);
      return;
    }
    Matcher completion = COMPLETION.matcher(path);
    Matcher start = START.matcher(path);
    Matcher claim = CLAIM.matcher(path);
    Matcher unclaim = UNCLAIM.matcher(path);
    Matcher handover = HANDOVER.matcher(path);
    if ("POST".equals(method) && handover.matches()) {
      abort(request, Response.Status.FORBIDDEN, "assignee".equals(handover.group(2))
          ? "转办须由科室负责人或分管/主要负责人填写理由后办理：POST /api/tasks/" + handover.group(1) + "/transfer"
          : "委派须由任务办理人填写理由后办理：POST /api/tasks/" + handover.group(1) + "/delegation");
    } else if ("POST".equals(method) && claim.matches()) {
      checkClaim(request, engine, user.getUserId(), claim.group(1));
    } else if ("POST".equals(method) && unclaim.matches()) {
      checkUnclaim(request, engine, user.getUserId(), unclaim.group(1));
    } else if ("POST".equals(method) && completion.matches()) {
      checkCompletion(request, engine, user.getUserId(), completion.group(1));
    } else if ("POST".equals(method) && start.matches()) {
      checkStart(request, engine, start);
    } else if ("PUT".equals(method) && TASK_UPDATE.matcher(path).matches()) {
      checkTaskUpdate(request, engine, path.substring("task/".length()));
    } else if (!("POST".equals(method) && matchesAny(CASE_WORK, path))
        && !(matchesAny(QUERIES, path) && ("POST".equals(method) || path.startsWith("filter")))) {
      abort(request, Response.Status.FORBIDDEN, "只有系统管理员可以执行此操作（" + method + " " + path
          + "）：案件只能通过流程环节办理");
    }
  }

  /**
   * What the engine shows without its own checks: the engine-wide metrics (administrators only), and the comments and
   * attachments of a task, which it gives for any task id — only for a task the user may see (open or done, in their
   * districts), else 404 as for one that does not exist.
   */
  private static void checkReading(ContainerRequestContext request, ProcessEngine engine, String path) {
    if (METRICS.matcher(path).matches()) {
      abort(request, Response.Status.FORBIDDEN, "引擎运行指标只有系统管理员可以查看");
      return;
    }
    Matcher notes = TASK_NOTES.matcher(path);
    if (notes.matches() && visibleTask(engine, notes.group(1)) == null
        && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(notes.group(1)).count() == 0) {
      abort(request, Response.Status.NOT_FOUND, "任务不存在或无权查看：" + notes.group(1));
    }
  }

  private void checkCompletion(ContainerRequestContext request, ProcessEngine engine, String userId, String taskId) {
    Task task = visibleTask(engine, taskId);
    if (task == null) {
      return; // the engine answers for a task that does not exist or is not the user's to see (404)
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
      // The group's grant to work on the task does not let a colleague finish a task someone has: 转办 first.
      abort(request, Response.Status.CONFLICT, "任务「" + task.getName() + "」由 " + task.getAssignee()
          + " 办理，他人不能代为完成；如需改由他人办理，请科室负责人或分管/主要负责人转办");
      return;
    }
    ObjectNode body = body(request);
    JsonNode variables = body.path("variables");
    if (!variables.isObject() || variables.isEmpty()) {
      return;
    }
    StepInputs inputs = SystemContext.asSystem(engine.getIdentityService(), () -> StepInputs.ofTask(engine, task));
    Map<String, Object> current = SystemContext.asSystem(engine.getIdentityService(),
        () -> engine.getTaskService().getVariables(taskId));
    List<String> refused = new ArrayList<>();
    Map<String, JsonNode> picked = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      StepInputs.Field field = inputs.field(variable.getKey()).orElse(null);
      JsonNode value = variable.getValue().path("value");
      if (field == null) {
        refused.add("本环节不接受变量「" + variable.getKey() + "」");
      } else if (field.editable() && field.picker().isPresent()) {
        PeoplePicker picker = field.picker().get();
        pick(picker, value, offered(current.get(picker.valuesKey())), refused)
            .ifPresentOrElse(ids -> picked.put(variable.getKey(), ids), it::remove);
      } else if (isEmpty(value)) {
        it.remove(); // Tasklist sends every field: one left empty neither creates nor overwrites a variable
      } else if (!field.editable()) {
        if (sameValue(value, current.get(variable.getKey()))) {
          it.remove(); // Tasklist sends read-only fields back: they are not written at all
        } else {
          refused.add("「" + field.label() + "」是只读内容，不能修改");
        }
      } else {
        kindProblem(field, variable.getValue()).or(() -> textProblem(field.label(), value)).ifPresent(refused::add);
      }
    }
    picked.forEach(((ObjectNode) variables)::set);
    refuseOrPass(request, body, refused, task.getName());
  }

  /**
   * What the engine cannot store of a typed text: more than {@value #MAX_TEXT_LENGTH} characters (a string variable's
   * column) or a NUL character (PostgreSQL refuses it) — a clear 400 instead of the engine's 500.
   */
  static Optional<String> textProblem(String label, JsonNode value) {
    if (!value.isTextual()) {
      return Optional.empty();
    }
    String text = value.asText();
    if (text.indexOf('\u0000') >= 0) {
      return Optional.of("「" + label + "」含有不允许的控制字符");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return Optional.of("「" + label + "」不能超过" + MAX_TEXT_LENGTH + "字（现为" + text.length() + "字）");
    }
    return Optional.empty();
  }

  /**
   * A value of another kind than its field takes (a number or a list in a text field, text in a check box): the
   * engine would store it with that type, and the steps that read it would fail. Numeric text in a number field and
   * the text {@code true}/{@code false} in a check box are what API clients send, and what the checks read.
   */
  static Optional<String> kindProblem(StepInputs.Field field, JsonNode variable) {
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("").toLowerCase(java.util.Locale.ROOT);
    boolean ok = switch (field.kind()) {
      case "textfield", "textarea", "datetime", "select", "radio" -> value.isTextual()
          && (type.isEmpty() || type.equals("string"));
      case "number" -> (value.isNumber() || value.isTextual() && NUMBER.matcher(value.asText().trim()).matches())
          && (type.isEmpty() || NUMBER_TYPES.contains(type));
      case "checkbox" -> (value.isBoolean() || value.isTextual() && BOOLEAN_TEXT.contains(value.asText()))
          && (type.isEmpty() || type.equals("boolean") || type.equals("string"));
      default -> true;
    };
    if (ok) {
      return Optional.empty();
    }
    String expected = switch (field.kind()) {
      case "number" -> "数字";
      case "checkbox" -> "是或否";
      default -> "文字";
    };
    return Optional.of("「" + field.label() + "」的取值应为" + expected);
  }

  /** A task someone already has is not taken by claiming it: a section chief transfers it (转办). */
  private void checkClaim(ContainerRequestContext request, ProcessEngine engine, String userId, String taskId) {
    Task task = visibleTask(engine, taskId);
    if (task == null || task.getAssignee() == null) {
      return;
    }
    String claimant = body(request).path("userId").asText(userId);
    if (!task.getAssignee().equals(claimant)) {
      abort(request, Response.Status.CONFLICT, "任务「" + task.getName() + "」已由 " + task.getAssignee()
          + " 办理；如需改由他人办理，请科室负责人或分管/主要负责人转办");
    }
  }

  /** Only whoever has a task gives it back to the group: releasing a colleague's task would be a transfer. */
  private void checkUnclaim(ContainerRequestContext request, ProcessEngine engine, String userId, String taskId) {
    Task task = visibleTask(engine, taskId);
    if (task != null && task.getAssignee() != null && !task.getAssignee().equals(userId)) {
      abort(request, Response.Status.FORBIDDEN, "任务「" + task.getName() + "」由 " + task.getAssignee()
          + " 办理，只有其本人可以取消认领；如需改由他人办理，请科室负责人或分管/主要负责人转办");
    }
  }

  private void checkStart(ContainerRequestContext request, ProcessEngine engine, Matcher start) {
    ObjectNode body = body(request);
    JsonNode instructions = body.path("startInstructions");
    if (instructions.isArray() && !instructions.isEmpty()
        || SKIP_FLAGS.stream().anyMatch(flag -> body.path(flag).asBoolean(false))) {
      abort(request, Response.Status.FORBIDDEN,
          "只有系统管理员可以从指定环节启动流程或跳过监听器、输入输出映射：案件只能从开始环节办理");
      return;
    }
    if (!body.path("businessKey").asText("").isEmpty()) {
      abort(request, Response.Status.BAD_REQUEST, "案件编号由系统编定，启动时不能指定 businessKey");
      return;
    }
    ProcessDefinition definition = SystemContext.asSystem(engine.getIdentityService(), () -> definition(engine, start));
    JsonNode variables = body.path("variables");
    if (definition == null || !variables.isObject() || variables.isEmpty()) {
      return;
    }
    StepInputs inputs = SystemContext.asSystem(engine.getIdentityService(),
        () -> StepInputs.ofStart(engine, definition.getId()));
    List<String> refused = new ArrayList<>();
    Map<String, JsonNode> picked = new LinkedHashMap<>();
    String district = variables.path(CommonVariables.DISTRICT).path("value").asText("").trim();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      StepInputs.Field field = inputs.field(variable.getKey()).filter(StepInputs.Field::editable).orElse(null);
      if (field == null) {
        refused.add("启动时不接受变量「" + variable.getKey() + "」");
      } else if (field.picker().isPresent()) {
        // Whom the start form offered for the district chosen on it; without one, the district check refuses.
        PeoplePicker picker = field.picker().get();
        Set<String> offered = district.isEmpty() ? null : SystemContext.asSystem(engine.getIdentityService(),
            () -> peopleOptions().forDistrict(picker.role(), district)).stream().map(PeopleOptions.Option::value)
            .collect(Collectors.toSet());
        pick(picker, variable.getValue().path("value"), offered, refused)
            .ifPresentOrElse(ids -> picked.put(variable.getKey(), ids), it::remove);
      } else if (isEmpty(variable.getValue().path("value"))) {
        it.remove(); // a field left empty on the start form creates no variable (never an empty code)
      } else {
        kindProblem(field, variable.getValue()).or(() -> textProblem(field.label(), variable.getValue().path("value")))
            .ifPresent(refused::add);
      }
    }
    picked.forEach(((ObjectNode) variables)::set);
    refuseOrPass(request, body, refused, definition.getName());
  }

  private void checkTaskUpdate(ContainerRequestContext request, ProcessEngine engine, String taskId) {
    Task task = visibleTask(engine, taskId);
    if (task == null) {
      return;
    }
    ObjectNode body = body(request);
    List<String> changed = new ArrayList<>();
    if (body.has("due") && !sameInstant(body.path("due"), task.getDueDate())) {
      changed.add("办理期限");
    }
    Map<String, Object> fixed = new java.util.HashMap<>();
    fixed.put("name", task.getName());
    fixed.put("description", task.getDescription());
    fixed.put("priority", task.getPriority());
    fixed.put("owner", task.getOwner());
    fixed.put("parentTaskId", task.getParentTaskId());
    fixed.put("tenantId", task.getTenantId());
    fixed.put("caseInstanceId", task.getCaseInstanceId());
    for (String name : FIXED_TASK_FIELDS) {
      if (body.has(name) && !sameValue(body.path(name), fixed.get(name))) {
        changed.add(name);
      }
    }
    if (!changed.isEmpty()) {
      abort(request, Response.Status.FORBIDDEN, "待办任务的" + String.join("、", changed)
          + "由流程确定，只有系统管理员可以修改");
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(bytes(body)));
  }

  /**
   * The people picked in a picker as the engine keeps them: a plain text of user ids, comma-separated — whatever
   * Tasklist sent (a JSON list of ids for several, one id for one) or an API client typed. Empty when nobody was
   * picked (the field then creates no variable). Someone the step did not offer ({@code offered}; {@code null}: not
   * checked here) is refused with the field's label.
   */
  private static Optional<JsonNode> pick(PeoplePicker picker, JsonNode value, Set<String> offered,
                                         List<String> refused) {
    List<String> ids = UserIds.parse(value.isValueNode() ? value.asText() : value.toString());
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    List<String> notOffered = offered == null ? List.of() : ids.stream().filter(id -> !offered.contains(id)).toList();
    if (!notOffered.isEmpty()) {
      refused.add("「" + picker.label() + "」只能从列出的人员中选择，" + String.join("、", notOffered) + " 不在其中");
    } else if (!picker.multiple() && ids.size() > 1) {
      refused.add("「" + picker.label() + "」只能选择一人");
    }
    return Optional.of(JSON.createObjectNode().put("value", String.join(",", ids)));
  }

  /** The user ids a task's picker offers: the values of its options variable ({@code [{label, value}]}). */
  private static Set<String> offered(Object options) {
    Set<String> ids = new java.util.HashSet<>();
    if (options != null) {
      try {
        JSON.readTree(options.toString()).forEach(option -> ids.add(option.path("value").asText()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
        return ids;  // nothing offered that can be read: nobody can be picked
      }
    }
    return ids;
  }

  private PeopleOptions peopleOptions() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(PeopleOptions.class);
  }

  private static void refuseOrPass(ContainerRequestContext request, ObjectNode body, List<String> refused,
                                   String step) {
    if (!refused.isEmpty()) {
      abort(request, Response.Status.BAD_REQUEST, "提交内容有误（" + step + "）：" + String.join("；", refused));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(bytes(body)));
  }

  /** The task as the caller may see it: another district's task stays unknown, as the engine answers. */
  private static Task visibleTask(ProcessEngine engine, String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
  }

  private static ProcessDefinition definition(ProcessEngine engine, Matcher start) {
    var repository = engine.getRepositoryService();
    if (start.group(3) != null) {
      return repository.createProcessDefinitionQuery().processDefinitionId(start.group(3)).singleResult();
    }
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(start.group(1)).latestVersion();
    return start.group(2) != null ? query.tenantIdIn(start.group(2)).singleResult()
        : query.withoutTenantId().singleResult();
  }

  private static boolean isEmpty(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() || value.isTextual() && value.asText().isBlank();
  }

  private static boolean sameValue(JsonNode submitted, Object current) {
    String value = submitted == null || submitted.isNull() || submitted.isMissingNode() ? null : submitted.asText();
    String stored = current == null ? null : current.toString();
    if (value == null || value.isEmpty()) {
      return stored == null || stored.isEmpty();
    }
    return Objects.equals(value, stored) || current instanceof Date date && sameInstant(submitted, date);
  }

  private static boolean sameInstant(JsonNode submitted, Date current) {
    if (submitted == null || submitted.isNull() || submitted.asText().isEmpty()) {
      return current == null;
    }
    try {
      return current != null
          && OffsetDateTime.parse(submitted.asText(), REST_DATE).toInstant().equals(current.toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean matchesAny(List<Pattern> patterns, String path) {
    return patterns.stream().anyMatch(pattern -> pattern.matcher(path).matches());
  }

  static ProcessEngine engine(String path) {
    Matcher named = Pattern.compile("^/?engine/([^/]+)/").matcher(path);
    String name = named.find() ? named.group(1) : ProcessEngines.NAME_DEFAULT;
    ProcessEngine engine = ProcessEngines.getProcessEngine(name);
    return engine != null ? engine : ProcessEngines.getDefaultProcessEngine();
  }

  /** The request's JSON object (empty if it has none); the request keeps its body. */
  private static ObjectNode body(ContainerRequestContext request) {
    try {
      byte[] bytes = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(bytes)); // as sent, unless a check rewrites it
      JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
      return body instanceof ObjectNode object ? object : JSON.createObjectNode();
    } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
      return JSON.createObjectNode(); // the engine refuses a body it cannot read (400)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void abort(ContainerRequestContext request, Response.Status status, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(status == Response.Status.FORBIDDEN ? "AuthorizationException" : "InvalidRequestException");
    dto.setMessage(message);
    request.abortWith(Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build());
  }
}
