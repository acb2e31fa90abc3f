package cn.sh.emergency.supervision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Camunda Modeler element templates in {@code processes/.camunda/element-templates/}: every delegate the models
 * use has one, each names a bean of the application, and a model built from all of them passes the deploy rules.
 */
@PostgresIntegrationTest
class ElementTemplatesIntegrationTest {

  static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
  static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @Autowired
  ApplicationContext context;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void everyDelegateOfTheModelsHasATemplateNamingAnExistingBean() throws IOException {
    List<JsonNode> templates = templates();
    Set<String> templated = new HashSet<>();
    for (JsonNode template : templates) {
      assertThat(template.get("name").asText()).as("Chinese name").matches(".*\\p{IsHan}.*");
      assertThat(template.get("id").asText()).startsWith("cn.sh.emergency.supervision.");
      for (JsonNode property : template.get("properties")) {
        if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
          Matcher bean = BEAN.matcher(property.get("value").asText());
          assertThat(bean.matches()).as(template.get("name").asText()).isTrue();
          assertThat(context.containsBean(bean.group(1))).as(bean.group(1)).isTrue();
          templated.add(bean.group(1));
        }
      }
    }
    assertThat(templated).containsAll(serviceTaskDelegatesOfTheModels());
  }

  @Test
  void aModelBuiltFromTheTemplatesPassesTheDeployRules() throws IOException {
    BpmnModelInstance model = Bpmn.createEmptyModel();
    Definitions definitions = model.newInstance(Definitions.class);
    definitions.setTargetNamespace("http://supervision.emergency.sh.cn/probe");
    model.setDefinitions(definitions);
    Process process = model.newInstance(Process.class);
    process.setId("element-templates-probe");
    process.setExecutable(true);
    process.setCamundaHistoryTimeToLiveString("P10950D");
    definitions.addChildElement(process);
    StartEvent start = model.newInstance(StartEvent.class);
    start.setId("StartEvent_Probe");
    process.addChildElement(start);
    EndEvent end = model.newInstance(EndEvent.class);
    end.setId("EndEvent_Probe");
    process.addChildElement(end);
    FlowNode last = start;
    int n = 0;
    for (JsonNode template : templates()) {
      String appliesTo = template.get("appliesTo").get(0).asText();
      BaseElement element = switch (appliesTo) {
        case "bpmn:Process" -> process;
        case "bpmn:ServiceTask" -> model.newInstance(ServiceTask.class);
        case "bpmn:UserTask" -> model.newInstance(UserTask.class);
        default -> throw new AssertionError("unexpected appliesTo " + appliesTo);
      };
      if (element instanceof FlowNode node) {
        node.setId("Element_" + (++n));
        node.setName(template.get("name").asText());
        process.addChildElement(node);
        connect(model, process, last, node, n);
        last = node;
      }
      apply(model, element, template);
    }
    connect(model, process, last, end, ++n);
    Bpmn.validateModel(model);

    Deployment deployment = repositoryService.createDeployment().name("element-templates-probe")
        .addModelInstance("element-templates-probe.bpmn", model).deploy();
    try {
      assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
          .isEqualTo(1);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  /** Sets what a template binds, with the template's value (or a valid one where the user must fill it in). */
  private static void apply(BpmnModelInstance model, BaseElement element, JsonNode template) {
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      String value = property.has("value") ? property.get("value").asText() : "hazard-verify";
      switch (binding.get("type").asText()) {
        case "property" -> element.setAttributeValueNs(CAMUNDA_NS,
            binding.get("name").asText().replace("camunda:", ""), value);
        case "camunda:property" -> property(model, element, binding.get("name").asText(), value);
        default -> throw new AssertionError("unexpected binding " + binding);
      }
    }
  }

  private static void property(BpmnModelInstance model, BaseElement element, String name, String value) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    CamundaProperties properties = extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
        .stream().findFirst().orElse(null);
    if (properties == null) {
      properties = extensions.addExtensionElement(CamundaProperties.class);
    }
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    properties.addChildElement(property);
  }

  private static void connect(BpmnModelInstance model, Process process, FlowNode from, FlowNode to, int n) {
    SequenceFlow flow = model.newInstance(SequenceFlow.class);
    flow.setId("Flow_" + n);
    process.addChildElement(flow);
    flow.setSource(from);
    flow.setTarget(to);
    from.getOutgoing().add(flow);
    to.getIncoming().add(flow);
  }

  private static List<JsonNode> templates() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        json.readTree(file.toFile()).forEach(templates::add);
      }
    }
    assertThat(templates).isNotEmpty();
    return templates;
  }

  private static Set<String> serviceTaskDelegatesOfTheModels() throws IOException {
    Set<String> delegates = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class).stream()
            .map(ServiceTask::getCamundaDelegateExpression).filter(e -> e != null)
            .map(BEAN::matcher).filter(Matcher::matches).forEach(m -> delegates.add(m.group(1)));
      }
    }
    assertThat(delegates).contains("urgeCaseDelegate", "startAccidentPenaltyCaseDelegate", "publishDecisionDelegate");
    return delegates;
  }
}
