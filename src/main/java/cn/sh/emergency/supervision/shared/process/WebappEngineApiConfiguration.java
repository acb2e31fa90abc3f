package cn.sh.emergency.supervision.shared.process;

import java.util.Map;
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
 * Tasklist talks to the engine through the webapps' own copy of the REST API ({@code /camunda/api/engine}), not
 * {@code /engine-rest}. Registered here first, under the name the webapps use (they then keep it), with the same
 * application plus {@link EngineRestErrorMapper} (a refused form submission reaches the user as 400 with only its
 * Chinese message), {@link EngineCallGuard} (what a user may change, the same as over {@code /engine-rest}) and
 * {@link StartFormPeople} (the people a start form offers).
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApiConfiguration {

  static final String SERVLET_NAME = "Engine Api";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappEngineApiWithUserErrors(CamundaBpmProperties camunda) {
    return servletContext -> {
      var registration = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
      registration.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
      registration.setInitParameters(Map.of(
          ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
          ServerProperties.PROVIDER_CLASSNAMES, EngineRestErrorMapper.WrappedFailures.class.getName() + ","
              + EngineRestErrorMapper.EngineFailures.class.getName() + "," + EngineCallGuard.class.getName() + ","
              + StartFormPeople.class.getName()));
    };
  }
}
