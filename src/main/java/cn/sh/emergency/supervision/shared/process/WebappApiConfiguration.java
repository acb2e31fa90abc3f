package cn.sh.emergency.supervision.shared.process;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Two of the webapps' own REST applications, registered here first under the names the webapps use (they then keep
 * them), with the same application plus this project's providers:
 * <ul>
 *   <li>{@code /camunda/api/engine}, the copy of the engine REST API that Tasklist talks to (not
 *   {@code /engine-rest}): {@link EngineRestErrorMapper} (a refused form submission reaches the user as 400 with only
 *   its Chinese message), {@link EngineCallGuard} (what a user may change, the same as over {@code /engine-rest}) and
 *   {@link StartFormPeople} (the people a start form offers);</li>
 *   <li>{@code /camunda/api/admin}, where Tasklist, Cockpit and Admin log in: {@link EngineRestErrorMapper}, so a
 *   log-in while the database cannot be reached is answered 503 with {@code Retry-After} and the Chinese message, and
 *   no failure shows an exception's name, SQL or driver message.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebappApiConfiguration {

  static final String ENGINE_API = "Engine Api";
  static final String ADMIN_API = "Admin Api";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappApisWithUserErrors(CamundaBpmProperties camunda) {
    String applicationPath = camunda.getWebapp().getApplicationPath();
    return servletContext -> {
      var engine = servletContext.addServlet(ENGINE_API, ServletContainer.class);
      engine.addMapping(applicationPath + "/api/engine/*");
      engine.setInitParameters(Map.of(
          ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
          ServerProperties.PROVIDER_CLASSNAMES, providers(EngineRestErrorMapper.WrappedFailures.class,
              EngineRestErrorMapper.EngineFailures.class, EngineCallGuard.class, StartFormPeople.class)));
      var admin = servletContext.addServlet(ADMIN_API, ServletContainer.class);
      admin.addMapping(applicationPath + "/api/admin/*");
      admin.setInitParameters(Map.of(
          ServletProperties.JAXRS_APPLICATION_CLASS, AdminApplication.class.getName(),
          ServerProperties.PROVIDER_CLASSNAMES, providers(EngineRestErrorMapper.WrappedFailures.class,
              EngineRestErrorMapper.EngineFailures.class, EngineRestErrorMapper.OtherFailures.class)));
    };
  }

  private static String providers(Class<?>... classes) {
    return String.join(",", Arrays.stream(classes).map(Class::getName).toList());
  }
}
