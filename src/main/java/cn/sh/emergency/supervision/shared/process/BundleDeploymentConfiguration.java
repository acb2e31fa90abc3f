package cn.sh.emergency.supervision.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} as one bundle at start-up, with duplicate filtering: an unchanged
 * bundle creates no new versions. Resources are named by their path below the classpath root
 * ({@code processes/hazard/hazard-closed-loop.bpmn}), so names do not depend on where the application runs
 * from (a jar or a checkout), which would defeat duplicate filtering.
 */
@Component
class BundleDeploymentConfiguration extends DefaultDeploymentConfiguration {

  static final String BUNDLE_NAME = "supervision-models";
  private static final String[] ROOTS = {"/processes/", "/forms/"};

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    super.preInit(configuration);
    configuration.setDeploymentName(BUNDLE_NAME);
    configuration.setDeployChangedOnly(true);
  }

  @Override
  public Set<Resource> getDeploymentResources() {
    Set<Resource> named = new LinkedHashSet<>();
    super.getDeploymentResources().stream()
        .sorted(Comparator.comparing(BundleDeploymentConfiguration::path))
        .forEach(resource -> named.add(new NamedResource(read(resource), path(resource))));
    return named;
  }

  private static String path(Resource resource) {
    try {
      String url = resource.getURL().toString();
      for (String root : ROOTS) {
        int at = url.lastIndexOf(root);
        if (at >= 0) {
          return url.substring(at + 1);
        }
      }
      return resource.getFilename();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }

  /** A resource whose description is its bundle path: the engine uses it as the resource name. */
  private static final class NamedResource extends ByteArrayResource {

    private final String name;

    NamedResource(byte[] content, String name) {
      super(content, name);
      this.name = name;
    }

    @Override
    public String getDescription() {
      return name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NamedResource that && that.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
