package cn.sh.emergency.supervision.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules every deployed model must keep: processes and decisions carry a history time to live;
 * user tasks name a candidate group and a Camunda Form that exists; no scripts; every timer has a definition the
 * engine can compute. Each violation names the resource and the element.
 */
public final class HouseRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HouseRules() {
  }

  /**
   * Ids of the Camunda Forms a {@code .form} resource defines (none if it is not a valid form), and what is wrong
   * with its people pickers ({@link PeoplePicker#problems}).
   */
  public static List<RuleViolation> checkForm(String resource, byte[] content, Collection<String> formIdsOut) {
    try {
      JsonNode form = JSON.readTree(content);
      JsonNode id = form.path("id");
      if (!id.isTextual() || id.asText().isBlank()) {
        return List.of(new RuleViolation(resource, null, "表单缺少 id 属性"));
      }
      formIdsOut.add(id.asText());
      return PeoplePicker.problems(form).stream().map(problem -> new RuleViolation(resource, id.asText(), problem))
          .toList();
    } catch (IOException e) {
      return List.of(new RuleViolation(resource, null, "表单不是有效的 JSON"));
    }
  }

  public static List<RuleViolation> checkBpmn(String resource, byte[] content, Predicate<String> formExists) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (ModelException e) {
      return List.of(new RuleViolation(resource, null, "BPMN 文件无法解析：" + rootMessage(e)));
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
        violations.add(violation(resource, process, "流程缺少历史保留期限 camunda:historyTimeToLive（案卷应为 P10950D）"));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (isBlank(task.getCamundaCandidateGroups())) {
        violations.add(violation(resource, task, "用户任务缺少候选组 camunda:candidateGroups"));
      }
      String formRef = task.getCamundaFormRef();
      if (isBlank(formRef)) {
        violations.add(violation(resource, task, "用户任务缺少 Camunda 表单 camunda:formRef"));
      } else if (!formRef.contains("${") && !formExists.test(formRef)) {
        violations.add(violation(resource, task, "用户任务引用的表单 " + formRef + " 不存在（既不在本次部署中，也未曾部署）"));
      } else if (task.getCamundaFormRefBinding() != null && !"latest".equals(task.getCamundaFormRefBinding())) {
        violations.add(violation(resource, task, "表单绑定应为 latest，以便单独部署的新版表单生效"));
      }
    }
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      violations.add(violation(resource, script, "不允许脚本任务，请改用服务任务与 Spring Bean 委托"));
    }
    for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
      violations.add(violation(resource, owner(script), "不允许脚本监听器或脚本表达式（camunda:script）"));
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      checkTimer(resource, timer).ifPresent(violations::add);
    }
    return violations;
  }

  public static List<RuleViolation> checkDmn(String resource, byte[] content) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (ModelException e) {
      return List.of(new RuleViolation(resource, null, "DMN 文件无法解析：" + rootMessage(e)));
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(new RuleViolation(resource, decision.getId(),
            "决策 " + decision.getId() + " 缺少历史保留期限 camunda:historyTimeToLive"));
      }
    }
    return violations;
  }

  private static java.util.Optional<RuleViolation> checkTimer(String resource, TimerEventDefinition timer) {
    BaseElement event = owner(timer);
    if (timer.getTimeDate() == null && timer.getTimeDuration() == null && timer.getTimeCycle() == null) {
      return java.util.Optional.of(violation(resource, event, "定时器缺少 timeDate/timeDuration/timeCycle 定义"));
    }
    if (timer.getTimeDate() != null) {
      String date = timer.getTimeDate().getTextContent().trim();
      if (date.isEmpty()) {
        return java.util.Optional.of(violation(resource, event, "定时器的 timeDate 为空"));
      }
      if (!date.startsWith("${") && !isIsoDateTime(date)) {
        return java.util.Optional.of(violation(resource, event,
            "定时器的 timeDate 既不是表达式（如 ${deadline.workingDays(now(), 5)}）也不是 ISO-8601 时间：" + date));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isIsoDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      try {
        java.time.LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException again) {
        return false;
      }
    }
  }

  /** The nearest enclosing flow element or process, the thing a modeller sees and can find by id. */
  private static BaseElement owner(ModelElementInstance element) {
    for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
      if (current instanceof FlowElement || current instanceof Process) {
        return (BaseElement) current;
      }
    }
    return null;
  }

  private static RuleViolation violation(String resource, BaseElement element, String rule) {
    if (element == null) {
      return new RuleViolation(resource, null, rule);
    }
    String name = element instanceof FlowElement flow && flow.getName() != null ? "（" + flow.getName() + "）" : "";
    String label = element instanceof Process p && p.getName() != null ? "（" + p.getName() + "）" : name;
    return new RuleViolation(resource, element.getId(), "元素 " + element.getId() + label + "：" + rule);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
