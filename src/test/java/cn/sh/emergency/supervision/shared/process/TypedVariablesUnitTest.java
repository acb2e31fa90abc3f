package cn.sh.emergency.supervision.shared.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.CommonVariables;
import io.holunda.camunda.bpm.data.adapter.WrongVariableTypeException;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The typed process variables (camunda-bpm-data) on the engine the server runs (Camunda 7.24, in memory here): inside
 * a delegate, through the services and on variable maps, they read what the engine holds and write the engine types
 * a plain {@code setVariable} would; and every one the lifecycles declare is built from its name constant.
 */
class TypedVariablesUnitTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .build();

  private static final String PROBE = "typed-variables-probe";

  private final Map<String, Object> seen = new LinkedHashMap<>();
  private Consumer<DelegateExecution> step = execution -> { };
  private String deploymentId;

  @BeforeEach
  void deployProbe() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLiveString("P1D")
        .startEvent().serviceTask("ServiceTask_Probe").camundaDelegateExpression("${typedVariablesProbe}")
        .userTask("UserTask_Wait").endEvent().done();
    Mocks.register("typedVariablesProbe", (org.camunda.bpm.engine.delegate.JavaDelegate) e -> step.accept(e));
    deploymentId = engine.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance(PROBE + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void removeProbe() {
    engine.getProcessEngine().getRepositoryService().deleteDeployment(deploymentId, true);
    Mocks.reset();
  }

  @Test
  void writesTheEngineTypesThatSetVariableWould() {
    Date now = new Date();
    List<Write<?>> writes = List.of(
        new Write<>(CommonVariables.Typed.CASE_NO, "HZ-JINGAN-2026-000001"),
        new Write<>(HazardProcess.Typed.OVERDUE_OCCURRED, true),
        new Write<>(HazardProcess.Typed.COMPLETION_REPORTED_AT, now),
        new Write<>(HazardProcess.Typed.EXTENSIONS_GRANTED, 2),
        new Write<>(DualPenaltyProcess.Typed.FINE_YUAN, 5000L),
        new Write<>(TypedVariables.numberVariable("anInteger"), 7),
        new Write<>(TypedVariables.numberVariable("aLong"), 3_000_000_000L),
        new Write<>(TypedVariables.numberVariable("aDouble"), 2.5));
    step = execution -> writes.forEach(write -> write.apply(execution));

    String instance = start(Map.of());

    RuntimeService runtime = engine.getProcessEngine().getRuntimeService();
    for (Write<?> write : writes) {
      String name = write.variable().getName();
      assertThat(runtime.getVariableTyped(instance, name).getType()).as(name)
          .isEqualTo(runtime.getVariableTyped(instance, "raw-" + name).getType());
      assertThat(runtime.getVariable(instance, name)).as(name).isEqualTo(write.value());
    }
    assertThat(runtime.getVariableTyped(instance, HazardProcess.Var.COMPLETION_REPORTED_AT).getType())
        .isEqualTo(ValueType.DATE);
    assertThat(runtime.getVariableTyped(instance, "aLong").getType()).isEqualTo(ValueType.LONG);
  }

  @Test
  void readsWhatTheEngineHoldsAndNothingForAnAbsentVariable() {
    step = execution -> {
      seen.put("caseNo", CommonVariables.Typed.CASE_NO.from(execution).get());
      seen.put("overdue", HazardProcess.Typed.OVERDUE_OCCURRED.from(execution).getOrDefault(false));
      seen.put("granted", HazardProcess.Typed.EXTENSIONS_GRANTED.from(execution).getOrDefault(0));
      seen.put("fine", DualPenaltyProcess.Typed.PROPOSED_FINE_YUAN.from(execution).get().longValue());
      seen.put("onTime", HazardProcess.Typed.RECTIFIED_ON_TIME.from(execution).getOrNull());
      seen.put("street", CommonVariables.Typed.STREET.from(execution).getOptional().isPresent());
    };

    start(Map.of(CommonVariables.CASE_NO, "HZ-JINGAN-2026-000001", HazardProcess.Var.OVERDUE_OCCURRED, true,
        HazardProcess.Var.EXTENSIONS_GRANTED, 2, DualPenaltyProcess.Var.PROPOSED_FINE_YUAN, 5000));

    assertThat(seen).containsEntry("caseNo", "HZ-JINGAN-2026-000001").containsEntry("overdue", true)
        .containsEntry("granted", 2).containsEntry("fine", 5000L).containsEntry("onTime", null)
        .containsEntry("street", false);
  }

  @Test
  void aValueOfAnotherTypeIsRefusedNamingTheVariable() {
    step = execution -> {
      try {
        CommonVariables.Typed.CASE_NO.from(execution).getOrNull();
      } catch (WrongVariableTypeException e) {
        seen.put("refused", e.getMessage());
      }
    };

    start(Map.of(CommonVariables.CASE_NO, 42));

    assertThat(seen.get("refused")).asString().contains(CommonVariables.CASE_NO);
  }

  @Test
  void aValueAsSubmittedIsReadWhateverItsType() {
    Date occurred = new Date();
    step = execution -> seen.put("occurredAt", TypedVariables.asSubmitted(AccidentProcess.Typed.OCCURRED_AT,
        execution));

    start(Map.of(AccidentProcess.Var.OCCURRED_AT, occurred));

    assertThat(seen).containsEntry("occurredAt", occurred);
    assertThat(TypedVariables.asSubmitted(AccidentProcess.Typed.OCCURRED_AT,
        Map.of(AccidentProcess.Var.OCCURRED_AT, "2026-03-02T07:00"))).isEqualTo("2026-03-02T07:00");
  }

  @Test
  void aTransientWriteLastsOnlyItsTransaction() {
    VariableFactory<String> pending = stringVariable("pendingProbe");
    step = execution -> {
      pending.on(execution).set("「核查隐患」退回", true);
      seen.put("within", pending.from(execution).getOrNull());
    };

    String instance = start(Map.of());

    assertThat(seen).containsEntry("within", "「核查隐患」退回");
    assertThat(engine.getProcessEngine().getRuntimeService().getVariable(instance, "pendingProbe")).isNull();
  }

  @Test
  void readsAndWritesThroughTheServicesAndVariableMaps() {
    String instance = start(Map.of(CommonVariables.CASE_NO, "AC-JINGAN-2026-000001"));
    RuntimeService runtime = engine.getProcessEngine().getRuntimeService();
    TaskService tasks = engine.getProcessEngine().getTaskService();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    CommonVariables.Typed.RETURN_REASON.on(tasks, task).setLocal("「审批」退回：材料不全");
    VariableMap changed = Variables.createVariables();
    AccidentProcess.Typed.DEATHS.on(changed).set(3);
    AccidentProcess.Typed.GRADE.on(changed).set("LARGER");
    runtime.setVariables(instance, changed);

    assertThat(CommonVariables.Typed.CASE_NO.from(runtime, instance).get()).isEqualTo("AC-JINGAN-2026-000001");
    assertThat(CommonVariables.Typed.RETURN_REASON.from(tasks, task).getLocalOrNull()).isEqualTo("「审批」退回：材料不全");
    assertThat(tasks.getVariableLocal(task, CommonVariables.RETURN_REASON)).isEqualTo("「审批」退回：材料不全");
    VariableMap held = runtime.getVariablesTyped(instance);
    assertThat(AccidentProcess.Typed.GRADE.from(held).getOrNull()).isEqualTo("LARGER");
    assertThat(AccidentProcess.Typed.DEATHS.from(held).getOrNull()).isEqualTo(3);
    assertThat(held.getValueTyped(AccidentProcess.Var.DEATHS).getType()).isEqualTo(ValueType.INTEGER);
  }

  @Test
  void everyTypedVariableIsBuiltFromItsNameConstant() throws IllegalAccessException {
    List<String> wrong = new ArrayList<>();
    check(CommonVariables.Typed.class, CommonVariables.class, wrong);
    check(HazardProcess.Typed.class, HazardProcess.Var.class, wrong);
    check(AccidentProcess.Typed.class, AccidentProcess.Var.class, wrong);
    check(DualPenaltyProcess.Typed.class, DualPenaltyProcess.Var.class, wrong);
    check(LegalReviewProcess.Typed.class, LegalReviewProcess.Var.class, wrong);
    check(LegalReviewProcess.PublicationTyped.class, LegalReviewProcess.PublicationVar.class, wrong);
    assertThat(wrong).isEmpty();
  }

  private static void check(Class<?> typed, Class<?> names, List<String> wrong) throws IllegalAccessException {
    int count = 0;
    for (Field field : typed.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || !VariableFactory.class.isAssignableFrom(field.getType())) {
        continue;
      }
      count++;
      String name = ((VariableFactory<?>) field.get(null)).getName();
      try {
        Object constant = names.getField(field.getName()).get(null);
        if (!name.equals(constant)) {
          wrong.add(typed.getName() + "." + field.getName() + " is \"" + name + "\", not \"" + constant + "\"");
        }
      } catch (NoSuchFieldException e) {
        wrong.add(typed.getName() + "." + field.getName() + " has no name constant in " + names.getName());
      }
    }
    assertThat(count).as(typed.getName()).isPositive();
  }

  private String start(Map<String, Object> variables) {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROBE, variables).getId();
  }

  /** A value written through its typed variable, and the same value with a plain setVariable next to it. */
  private record Write<T>(VariableFactory<T> variable, T value) {
    void apply(DelegateExecution execution) {
      variable.on(execution).set(value);
      execution.setVariable("raw-" + variable.getName(), value);
    }
  }
}
