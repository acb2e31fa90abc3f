package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.District;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Reference data every installation needs, made idempotently before the server takes requests: districts as
 * tenants, roles as groups, their grants, the shared Tasklist filters; then demo users (dev profile only) and the
 * administrator check that refuses to start an installation nobody can administer.
 */
@Component
class IdentityInitializer implements SmartInitializingSingleton {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final ObjectProvider<DemoIdentityData> demoData;
  private final AdministratorProvisioning administrators;

  IdentityInitializer(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                      TaskService tasks, ObjectProvider<DemoIdentityData> demoData,
                      AdministratorProvisioning administrators) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.demoData = demoData;
    this.administrators = administrators;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (District district : District.values()) {
      if (identity.createTenantQuery().tenantId(district.code()).count() == 0) {
        Tenant tenant = identity.newTenant(district.code());
        tenant.setName(district.chineseName());
        identity.saveTenant(tenant);
      }
    }
    for (String groupId : new String[] {Roles.CASE_HANDLERS, Roles.SECTION_CHIEFS, Roles.LEGAL_REVIEWERS,
        Roles.LEADERS, Roles.ADMINISTRATORS}) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(Roles.chineseName(groupId));
        group.setType(Roles.ADMINISTRATORS.equals(groupId) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
    }
    RoleGrants.administrators(authorizations);
    RoleGrants.all().forEach(grant -> RoleGrants.reconcile(authorizations, grant));
    TasklistFilters.ensure(filters, tasks, authorizations);
    demoData.ifAvailable(DemoIdentityData::seed);
    administrators.ensureAdministratorExists();
  }
}
