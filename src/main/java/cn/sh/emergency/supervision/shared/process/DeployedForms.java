package cn.sh.emergency.supervision.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineServices;

/** The Camunda Forms (form-js schemas) a task or a start event shows, read on behalf of the system. */
public final class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeployedForms() {
  }

  /** The task's deployed form; empty when it has none (no {@code formRef}, or a form of another kind). */
  public static Optional<JsonNode> ofTask(ProcessEngineServices engine, String taskId) {
    return read(engine, () -> engine.getFormService().getDeployedTaskForm(taskId));
  }

  /** The start form of a process definition; empty when it has none. */
  public static Optional<JsonNode> ofStart(ProcessEngineServices engine, String processDefinitionId) {
    return read(engine, () -> engine.getFormService().getDeployedStartForm(processDefinitionId));
  }

  /** A schema as JSON; a body that is not one (another kind of form) is none. */
  public static Optional<JsonNode> parse(byte[] schema) {
    try {
      JsonNode form = JSON.readTree(schema);
      return form != null && form.path("components").isArray() ? Optional.of(form) : Optional.empty();
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  /** Every component of the form with a key, those inside groups included. */
  public static List<JsonNode> keyedComponents(JsonNode form) {
    List<JsonNode> keyed = new ArrayList<>();
    collect(form.path("components"), keyed);
    return keyed;
  }

  private static void collect(JsonNode components, List<JsonNode> keyed) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.path("components"), keyed);
      }
      if (!component.path("key").asText("").isEmpty()) {
        keyed.add(component);
      }
    }
  }

  private static Optional<JsonNode> read(ProcessEngineServices engine, Supplier<InputStream> deployed) {
    InputStream form;
    try {
      form = SystemContext.asSystem(engine.getIdentityService(), deployed);
    } catch (RuntimeException noFormDeployed) {
      return Optional.empty();
    }
    try (InputStream in = form) {
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("deployed form cannot be read", e);
    }
  }
}
