package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.AddressBuckets;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. {@code /api} authenticates with HTTP Basic against Camunda's identity store;
 * {@code /engine-rest} is guarded by the engine's own Basic filter; the webapps keep their own session login, which
 * the dashboard shares (it also has a login form for leaders who come directly). Anonymous: only
 * {@code /api/public/**} and health (and the dashboard's login page). The webapps' first-admin setup is closed for
 * good: administrators are provisioned by the application ({@link AdministratorProvisioning}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String DASHBOARD = "/dashboard";
  static final String LOGIN_PAGE = DASHBOARD + "/login.html";
  static final String DASHBOARD_API = DASHBOARD + "/api/**";
  /**
   * The dashboard's CSRF token: its own cookie and header, since the webapps' {@code XSRF-TOKEN} cookie and
   * {@code X-XSRF-TOKEN} header belong to Camunda's token of the same session.
   */
  static final String CSRF_COOKIE = "SUPERVISION-XSRF-TOKEN";
  static final String CSRF_HEADER = "X-SUPERVISION-XSRF-TOKEN";
  /**
   * Sites besides this server's own address whose pages may send changes to {@code /api} and {@code /engine-rest}
   * (e.g. the address users reach through a reverse proxy that does not pass the Host header on); none by default.
   */
  static final String TRUSTED_ORIGINS = "${supervision.security.trusted-origins:}";
  /** Pages anyone may open: the 检查码's page the inspection notice's QR code leads to. */
  static final String PUBLIC_PAGES = "/public/**";
  /** The charting library of the dashboard, served from the application (webjar). */
  static final String CHARTS = "/webjars/echarts/**";

  /** The domain API and actuator: HTTP Basic against Camunda's identity store, stateless. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
                                 @Value(TRUSTED_ORIGINS) List<String> trustedOrigins) throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors();
    http
        .securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/prometheus").hasRole(Roles.ADMINISTRATORS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthorized()))
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(errors.unauthorized())
            .accessDeniedHandler(errors.forbidden()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: no cookie and no token. A browser may still have cached Basic
        // credentials for this server; changes from pages of other sites are refused before authentication.
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new CrossSiteRequestFilter(errors, trustedOrigins), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The dashboard ({@code /dashboard/**}): logged in with the webapps' session ({@link WebappSession}), so a Tasklist
   * user needs no second login; leaders who come directly log in on a Chinese form against the same identity store,
   * which logs them in to the webapps too. Its data calls ({@code /dashboard/api/**}, the same controllers as
   * {@code /api}) answer 401 rather than redirecting; changes need the CSRF token, which the pages read from the
   * {@value #CSRF_COOKIE} cookie and send back in the {@value #CSRF_HEADER} header. Logging out invalidates the
   * session, which ends the webapps' login as well.
   */
  @Bean
  @Order(2)
  SecurityFilterChain dashboardSecurity(HttpSecurity http, IdentityService identityService,
                                       WebappSession webappSession, CamundaBpmProperties camunda) throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors();
    RequestMatcher dataCalls = PathPatternRequestMatcher.withDefaults().matcher(DASHBOARD_API);
    http
        .securityMatcher(DASHBOARD + "/**", DASHBOARD, CHARTS)
        .securityContext(context -> context
            .securityContextRepository(new WebappSessionSecurityContextRepository(webappSession)))
        .requestCache(cache -> cache.requestCache(pagesOnly(dataCalls)))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(LOGIN_PAGE, DASHBOARD + "/login", DASHBOARD + "/dashboard.css", CHARTS).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage(LOGIN_PAGE)
            .loginProcessingUrl(DASHBOARD + "/login")
            .defaultSuccessUrl(DASHBOARD + "/", false)
            .failureUrl(LOGIN_PAGE + "?error"))
        .logout(logout -> logout
            .logoutUrl(DASHBOARD + "/logout")
            .logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(errors.loginRequired(), dataCalls)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                AnyRequestMatcher.INSTANCE)
            .accessDeniedHandler(errors.forbidden()))
        .csrf(csrf -> csrf
            .csrfTokenRepository(dashboardCsrfTokens())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .addFilterAfter(new CsrfCookieFilter(!camunda.getWebapp().getApplicationPath().isEmpty()), CsrfFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** The dashboard's token in a cookie of its own, readable by its scripts, for the whole site and same-site only. */
  private static CookieCsrfTokenRepository dashboardCsrfTokens() {
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setHeaderName(CSRF_HEADER);
    tokens.setCookiePath("/");
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return tokens;
  }

  /**
   * A page asked for before logging in is where the login leads back to (a case page linked from elsewhere); data
   * calls are never remembered.
   */
  private static RequestCache pagesOnly(RequestMatcher dataCalls) {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(new AndRequestMatcher(
        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, DASHBOARD + "/**"),
        new NegatedRequestMatcher(dataCalls)));
    return cache;
  }

  /**
   * Everything else: the engine REST API (its own Basic filter below) and the webapps (their own session login
   * and CSRF protection). The first-admin setup of the webapps is refused outright.
   */
  @Bean
  @Order(3)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    JsonSecurityErrors errors = new JsonSecurityErrors();
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/camunda/api/admin/setup/**").denyAll()
            .requestMatchers("/engine-rest/**", "/camunda/**", "/", "/error", PUBLIC_PAGES).permitAll()
            .anyRequest().denyAll())
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(errors.forbiddenEntryPointOrPage())
            .accessDeniedHandler(errors.forbiddenOrPage()))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/engine-rest/**", "/camunda/**"));
    return http.build();
  }

  /**
   * Log-in attempts of an address that failed too often are refused before any password is checked, on every way in
   * (webapps, dashboard, HTTP Basic): ahead of Spring Security's filters and the engine's.
   */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottle(
      @Value("${supervision.login.failures-per-address}") int failures,
      @Value("${supervision.login.window}") Duration window) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(
        new AddressBuckets(failures, window), new JsonSecurityErrors(), DASHBOARD + "/login"));
    registration.setName("login-throttle");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /** Changes to the engine REST API from pages of other sites are refused, before the engine's Basic filter. */
  @Bean
  FilterRegistrationBean<CrossSiteRequestFilter> engineRestCrossSiteRequests(
      @Value(TRUSTED_ORIGINS) List<String> trustedOrigins) {
    FilterRegistrationBean<CrossSiteRequestFilter> registration =
        new FilterRegistrationBean<>(new CrossSiteRequestFilter(new JsonSecurityErrors(), trustedOrigins));
    registration.setName("engine-rest-cross-site-requests");
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
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
