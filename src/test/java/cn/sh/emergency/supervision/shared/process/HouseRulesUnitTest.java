package cn.sh.emergency.supervision.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;

class HouseRulesUnitTest {

  private static final Set<String> KNOWN_FORMS = Set.of("known-form");

  private static ProcessBuilder process() {
    return Bpmn.createExecutableProcess("rules-test").camundaHistoryTimeToLiveString("P10950D");
  }

  private static List<RuleViolation> check(BpmnModelInstance model) {
    byte[] xml = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    return HouseRules.checkBpmn("rules-test.bpmn", xml, KNOWN_FORMS::contains);
  }

  @Test
  void aModelKeepingTheRulesPasses() {
    assertThat(check(process().startEvent("StartEvent_Start")
        .userTask("UserTask_Ok").camundaCandidateGroups("case-handlers").camundaFormRef("known-form")
        .endEvent().done())).isEmpty();
  }

  @Test
  void userTaskWithoutCandidateGroupIsNamed() {
    assertThat(check(process().startEvent().userTask("UserTask_NoGroup").name("核查")
        .camundaFormRef("known-form").endEvent().done()))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.elementId()).isEqualTo("UserTask_NoGroup");
          assertThat(v.message()).contains("UserTask_NoGroup", "核查", "候选组");
        });
  }

  @Test
  void userTaskWithoutFormIsNamed() {
    assertThat(check(process().startEvent().userTask("UserTask_NoForm").camundaCandidateGroups("leaders")
        .endEvent().done()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("UserTask_NoForm", "camunda:formRef"));
  }

  @Test
  void unknownFormIsNamed() {
    assertThat(check(process().startEvent().userTask("UserTask_GhostForm").camundaCandidateGroups("leaders")
        .camundaFormRef("no-such-form").endEvent().done()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("UserTask_GhostForm", "no-such-form", "不存在"));
  }

  @Test
  void scriptTasksAndScriptListenersAreRefused() {
    BpmnModelInstance model = process().startEvent()
        .scriptTask("ScriptTask_Evil").scriptFormat("javascript").scriptText("java.lang.System.exit(1)")
        .endEvent().done();
    assertThat(check(model)).extracting(RuleViolation::elementId).contains("ScriptTask_Evil");

    String listener = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     id="d" targetNamespace="x">
          <process id="listened" isExecutable="true" camunda:historyTimeToLive="P10950D">
            <startEvent id="StartEvent_Listened">
              <extensionElements>
                <camunda:executionListener event="start">
                  <camunda:script scriptFormat="groovy">x</camunda:script>
                </camunda:executionListener>
              </extensionElements>
            </startEvent>
          </process>
        </definitions>""";
    assertThat(listener).contains("camunda:script");
    assertThat(HouseRules.checkBpmn("l.bpmn", listener.getBytes(StandardCharsets.UTF_8), f -> true))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("StartEvent_Listened", "camunda:script"));
  }

  @Test
  void missingHistoryTimeToLiveIsNamed() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("no-ttl").name("无期限").startEvent().endEvent().done();
    model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("no-ttl")
        .setCamundaHistoryTimeToLiveString(null);
    assertThat(check(model)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("no-ttl", "historyTimeToLive"));
  }

  @Test
  void timersNeedADefinitionTheEngineCanCompute() {
    BpmnModelInstance empty = process().startEvent().intermediateCatchEvent("Timer_Empty").timerWithDate("")
        .endEvent().done();
    assertThat(check(empty)).singleElement().satisfies(v -> assertThat(v.message()).contains("Timer_Empty"));

    BpmnModelInstance garbage = process().startEvent().intermediateCatchEvent("Timer_Garbage")
        .timerWithDate("next tuesday").endEvent().done();
    assertThat(check(garbage)).singleElement().satisfies(v -> assertThat(v.message()).contains("Timer_Garbage"));

    BpmnModelInstance fine = process().startEvent().intermediateCatchEvent("Timer_Fine")
        .timerWithDate("${deadline.workingDays(now(), 5)}").endEvent().done();
    assertThat(check(fine)).isEmpty();
  }

  @Test
  void decisionsNeedHistoryTimeToLiveAndFormsAnId() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
          <decision id="grade-without-ttl" name="g">
            <decisionTable id="t"><output id="o" name="grade" typeRef="string"/></decisionTable>
          </decision>
        </definitions>""";
    assertThat(HouseRules.checkDmn("g.dmn", dmn.getBytes(StandardCharsets.UTF_8))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("grade-without-ttl", "historyTimeToLive"));

    List<String> ids = new ArrayList<>();
    assertThat(HouseRules.checkForm("a.form", "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8), ids)).isEmpty();
    assertThat(ids).containsExactly("a");
    assertThat(HouseRules.checkForm("b.form", "{\"components\":[]}".getBytes(StandardCharsets.UTF_8), ids)).hasSize(1);
    assertThat(HouseRules.checkForm("c.form", "not json".getBytes(StandardCharsets.UTF_8), ids)).hasSize(1);
    // People pickers: a known role, a field with options, a valuesKey.
    String pickers = "{\"id\":\"d\",\"components\":["
        + "{\"key\":\"host\",\"label\":\"主持人\",\"type\":\"select\",\"valuesKey\":\"hostOptions\","
        + "\"properties\":{\"people\":\"legal\"}},"
        + "{\"key\":\"boss\",\"label\":\"老板\",\"type\":\"textfield\",\"properties\":{\"people\":\"boss\"}}]}";
    assertThat(HouseRules.checkForm("d.form", pickers.getBytes(StandardCharsets.UTF_8), ids))
        .extracting(RuleViolation::message).containsExactly(
            "人员选择字段「老板」的人员类别 boss 未知（可选：handler、chief、leader、legal、officer）",
            "人员选择字段「老板」须为下拉选择（select）或多选（taglist、checklist）",
            "人员选择字段「老板」缺少 valuesKey（选项所在的变量）");
  }

  @Test
  void unreadableXmlIsAViolationNotACrash() {
    assertThat(HouseRules.checkBpmn("x.bpmn", "<nope".getBytes(StandardCharsets.UTF_8), f -> true)).hasSize(1);
  }
}
