package cn.sh.emergency.supervision.shared.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs {@link HouseRules} before the engine's own deployers, on new deployments only (the engine re-runs
 * deployers when it reloads a definition into its cache). Any violation refuses the whole deployment with a
 * {@link ParseException}, which the REST API answers with 400 and the messages. The one class that touches the
 * engine's deployment internals.
 */
class HouseRulesDeployer implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Set<String> deployedForms = new HashSet<>();
    List<RuleViolation> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        violations.addAll(HouseRules.checkForm(resource.getName(), resource.getBytes(), deployedForms));
      }
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        violations.addAll(HouseRules.checkBpmn(name, resource.getBytes(),
            formId -> deployedForms.contains(formId) || isDeployedForm(formId)));
      } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        violations.addAll(HouseRules.checkDmn(name, resource.getBytes()));
      }
    }
    if (!violations.isEmpty()) {
      String message = "模型不符合部署规则，已拒绝部署：\n" + violations.stream().map(RuleViolation::toString)
          .collect(Collectors.joining("\n"));
      List<Problem> problems = new ArrayList<>(violations);
      throw new ParseException(message, violations.get(0).resource(), problems, List.of());
    }
  }

  private static boolean isDeployedForm(String formId) {
    return Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
  }
}
