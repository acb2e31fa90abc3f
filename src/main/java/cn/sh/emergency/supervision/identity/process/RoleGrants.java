package cn.sh.emergency.supervision.identity.process;

import static cn.sh.emergency.supervision.identity.Roles.CASE_HANDLERS;
import static cn.sh.emergency.supervision.identity.Roles.LEADERS;
import static cn.sh.emergency.supervision.identity.Roles.WORK_GROUPS;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;

import cn.sh.emergency.supervision.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Exactly the engine grants each role needs (engine authorization is on). Reconciled at start-up: a grant that
 * drifted is put back. Tasks are reached through the per-task grants the engine gives their candidate groups;
 * districts are enforced by the tenant check on top of these grants.
 */
final class RoleGrants {

  /**
   * The key of the inspection plans' process ({@code InspectionPlanProcess.PROCESS_KEY}; the inspection module uses
   * identity, so identity names the key instead of importing it).
   */
  static final String INSPECTION_PLAN = "inspection-plan";

  record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
  }

  static List<Grant> all() {
    List<Grant> grants = new ArrayList<>();
    for (String group : WORK_GROUPS) {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", ACCESS));
      grants.add(new Grant(group, Resources.USER, "*", READ));
      grants.add(new Grant(group, Resources.GROUP, "*", READ));
      // Decision tables are evaluated over /engine-rest too (e.g. a fine's range before proposing it).
      grants.add(new Grant(group, Resources.DECISION_DEFINITION, "*", READ, CREATE_INSTANCE));
      grants.add(new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    }
    grants.add(new Grant(CASE_HANDLERS, Resources.PROCESS_DEFINITION, "*",
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(CASE_HANDLERS, Resources.PROCESS_INSTANCE, "*", CREATE));
    grants.add(new Grant(Roles.SECTION_CHIEFS, Resources.PROCESS_DEFINITION, "*",
        READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
    // Section chiefs draft the inspection plans: they start that process, and no other.
    grants.add(new Grant(Roles.SECTION_CHIEFS, Resources.PROCESS_DEFINITION, INSPECTION_PLAN, CREATE_INSTANCE));
    grants.add(new Grant(Roles.SECTION_CHIEFS, Resources.PROCESS_INSTANCE, "*", CREATE));
    grants.add(new Grant(Roles.LEGAL_REVIEWERS, Resources.PROCESS_DEFINITION, "*",
        READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(LEADERS, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
    grants.add(new Grant(LEADERS, Resources.APPLICATION, "cockpit", ACCESS));
    return grants;
  }

  /**
   * Creates the grant, or resets its permissions to exactly the declared ones. A grant that is already as declared is
   * left alone: nothing is written at start-up then, so nodes starting together do not update the same rows.
   */
  static void reconcile(AuthorizationService authorizations, Grant grant) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(grant.group()).resourceType(grant.resource()).resourceId(grant.resourceId())
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    Authorization declared = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    declared.setGroupId(grant.group());
    declared.setResource(grant.resource());
    declared.setResourceId(grant.resourceId());
    declared.setPermissions(grant.permissions());
    if (existing == null) {
      authorizations.saveAuthorization(declared);
    } else if (permissionBits(existing) != permissionBits(declared)) {
      existing.setPermissions(grant.permissions());
      authorizations.saveAuthorization(existing);
    }
  }

  private static int permissionBits(Authorization authorization) {
    return ((AuthorizationEntity) authorization).getPermissions();
  }

  /** Grants all permissions on every resource to the administrators' group. */
  static void administrators(AuthorizationService authorizations) {
    for (Resources resource : Resources.values()) {
      boolean present = authorizations.createAuthorizationQuery().groupIdIn(Roles.ADMINISTRATORS)
          .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
      if (!present) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Roles.ADMINISTRATORS);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }

  private RoleGrants() {
  }
}
