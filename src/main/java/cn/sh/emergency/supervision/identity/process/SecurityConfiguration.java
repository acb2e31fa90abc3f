package cn.sh.emergency.supervision.identity.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may call what. {@code /api} authenticates with HTTP Basic against Camunda's identity store;
 * {@code /engine-rest} is guarded by the engine's own Basic filter; the webapps keep their own session login.
 * Anonymous: only {@code /api/public/**} and health. The webapps' first-admin setup is closed for good:
 * administrators are provisioned by the application ({@link AdministratorProvisioning}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";

  /** The domain API and actuator: HTTP Basic against Camunda's identity store, stateless. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json)
      throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors(json);
    http
        .securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthorized()))
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(errors.unauthorized())
            .accessDeniedHandler(errors.forbidden()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: no cookie, so no cross-site request to forge.
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * Everything else: the engine REST API (its own Basic filter below) and the webapps (their own session login
   * and CSRF protection). The first-admin setup of the webapps is refused outright.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors(json);
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/camunda/api/admin/setup/**").denyAll()
            .requestMatchers("/engine-rest/**", "/camunda/**", "/", "/error").permitAll()
            .anyRequest().denyAll())
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(errors.forbiddenEntryPoint())
            .accessDeniedHandler(errors.forbidden()))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/engine-rest/**", "/camunda/**"));
    return http.build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
