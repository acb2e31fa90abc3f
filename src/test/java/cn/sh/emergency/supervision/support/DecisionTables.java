package cn.sh.emergency.supervision.support;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Evaluates a shipped decision table on a standalone DMN engine, as the process engine would. */
public final class DecisionTables {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  public DecisionTables(String resource, String key) {
    try (InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(resource)) {
      this.decision = ENGINE.parseDecision(key, in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public DmnDecisionRuleResult single(Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(decision, variables).getSingleResult();
  }

  public int matches(Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(decision, variables).size();
  }
}
