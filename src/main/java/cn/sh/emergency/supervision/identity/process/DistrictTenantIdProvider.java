package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.UserInputErrors;
import cn.sh.emergency.supervision.identity.Roles;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Districts are tenants. Definitions are shared (deployed without tenant); every process instance belongs to the
 * district named by its {@code district} start variable, a called process to its caller's district. A start
 * without a known district is refused, so no case is ever visible to every district, and a user may open cases
 * only in the districts they belong to.
 */
class DistrictTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller != null && caller.getTenantId() != null) {
      return caller.getTenantId();
    }
    String value = CommonVariables.Typed.DISTRICT.from(ctx.getVariables()).getOrNull();
    District district = UserInputErrors.asBadRequest(() -> District.of(value));
    requireMembership(district);
    return district.code();
  }

  /** A user opens cases only in districts they belong to; the system (timers, jobs) and administrators anywhere. */
  private static void requireMembership(District district) {
    CommandContext command = Context.getCommandContext();
    Authentication user = command == null ? null : command.getAuthentication();
    if (user == null || user.getUserId() == null
        || (user.getGroupIds() != null && user.getGroupIds().contains(Roles.ADMINISTRATORS))) {
      return;
    }
    if (user.getTenantIds() == null || !user.getTenantIds().contains(district.code())) {
      throw new AuthorizationException("无权在" + district.chineseName() + "立案：" + user.getUserId()
          + " 不属于该区");
    }
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
