package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates {@code /api} callers and the dashboard's login form against Camunda's identity store: one set of users
 * for every entry point.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    return authenticated(load(identityService, userId));
  }

  /** The Spring Security authentication of a user: its groups are its roles. */
  static Authentication authenticated(AuthenticatedUser user) {
    List<SimpleGrantedAuthority> authorities = user.groups().stream()
        .map(g -> new SimpleGrantedAuthority("ROLE_" + g)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  static AuthenticatedUser load(IdentityService identityService, String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    return new AuthenticatedUser(userId, groups, tenants);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
