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
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may call what. {@code /api} authenticates with HTTP Basic against Camunda's identity store;
 * {@code /engine-rest} is guarded by the engine's own Basic filter; the webapps keep their own session login.
 * The leaders' dashboard logs in with a form and keeps a session. Anonymous: only {@code /api/public/**} and
 * health (and the dashboard's login page). The webapps' first-admin setup is closed for good:
 * administrators are provisioned by the application ({@link AdministratorProvisioning}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String DASHBOARD = "/dashboard";
  static final String LOGIN_PAGE = DASHBOARD + "/login.html";
  /** The charting library of the dashboard, served from the application (webjar). */
  static final String CHARTS = "/webjars/echarts/**";

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
   * The leaders' dashboard ({@code /dashboard/**}): a Chinese login form against the same identity store, then a
   * session cookie. Its data calls ({@code /dashboard/api/**}, the same controllers as {@code /api}) answer 401 rather
   * than redirecting; changes need the CSRF token, which the page reads from the {@code XSRF-TOKEN} cookie.
   */
  @Bean
  @Order(2)
  SecurityFilterChain dashboardSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json)
      throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors(json);
    http
        .securityMatcher(DASHBOARD + "/**", DASHBOARD, CHARTS)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(LOGIN_PAGE, DASHBOARD + "/login", DASHBOARD + "/dashboard.css", CHARTS).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage(LOGIN_PAGE)
            .loginProcessingUrl(DASHBOARD + "/login")
            .defaultSuccessUrl(DASHBOARD + "/", true)
            .failureUrl(LOGIN_PAGE + "?error"))
        .logout(logout -> logout
            .logoutUrl(DASHBOARD + "/logout")
            .logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(errors.loginRequired(),
                PathPatternRequestMatcher.withDefaults().matcher(DASHBOARD + "/api/**"))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                AnyRequestMatcher.INSTANCE)
            .accessDeniedHandler(errors.forbidden()))
        .csrf(csrf -> csrf
            .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * Everything else: the engine REST API (its own Basic filter below) and the webapps (their own session login
   * and CSRF protection). The first-admin setup of the webapps is refused outright.
   */
  @Bean
  @Order(3)
  SecurityFilterChain webappSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors(json);
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/camunda/api/admin/setup/**").denyAll()
            .requestMatchers("/engine-rest/**", "/camunda/**", "/", "/error").permitAll()
            .anyRequest().denyAll())
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(errors.forbiddenEntryPointOrPage())
            .accessDeniedHandler(errors.forbiddenOrPage()))
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
