package cn.sh.emergency.supervision.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.StandaloneServer;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The model bundle is deployed once: restarting with unchanged models creates no deployment and no version. */
@Tag(StandaloneServer.TAG)
class ModelBundleRestartTest {

  @TempDir
  Path dataDir;

  @Test
  void aRestartWithUnchangedModelsCreatesNoNewVersions() {
    String url = "jdbc:h2:file:" + dataDir.resolve("supervision").toAbsolutePath();
    List<String> firstDefinitions;
    long firstDeployments;
    try (ConfigurableApplicationContext first = StandaloneServer.start("restart-first", url, "dev")) {
      RepositoryService repository = first.getBean(RepositoryService.class);
      firstDefinitions = repository.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getId).toList();
      firstDeployments = repository.createDeploymentQuery().count();
      Deployment bundle = repository.createDeploymentQuery().deploymentName("supervision-models").singleResult();
      assertThat(bundle).isNotNull();
      assertThat(repository.getDeploymentResourceNames(bundle.getId()))
          .contains("processes/platform/platform-sample.bpmn", "forms/platform/platform-handle.form",
              "forms/platform/platform-review.form");
    }
    assertThat(firstDefinitions).isNotEmpty();

    try (ConfigurableApplicationContext second = StandaloneServer.start("restart-second", url, "dev")) {
      RepositoryService repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(firstDeployments);
      assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getId)
          .containsExactlyInAnyOrderElementsOf(firstDefinitions);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("platform-sample")
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }
  }
}
