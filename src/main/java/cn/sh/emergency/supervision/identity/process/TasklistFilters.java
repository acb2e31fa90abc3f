package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters every work group shares: 我的待办, 本组待办 (the group's tasks, assigned or not), 即将到期
 * (due within 3 working days) and 已逾期; and 本区在办 for section chiefs and leaders, every open task of their
 * districts (the tenant check keeps it to them), where they open a colleague's task to 转办 it. Created once by name;
 * their queries use expressions, so they follow the user and the engine clock.
 */
final class TasklistFilters {

  static final String MINE = "我的待办";
  static final String GROUP = "本组待办";
  static final String DUE_SOON = "即将到期";
  static final String OVERDUE = "已逾期";
  static final String DISTRICT = "本区在办";

  private static final String CURRENT_USER = "${currentUser()}";
  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

  private TasklistFilters() {
  }

  static void ensure(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    ensure(filters, authorizations, MINE, -10, "分派给我的任务",
        tasks.createTaskQuery().taskAssigneeExpression(CURRENT_USER));
    // The group's tasks whether or not someone has them (承办连续性 hands a case's next step to whoever did the last
    // one): colleagues still see the work of the group, and who holds each task.
    ensure(filters, authorizations, GROUP, -5, "本组的任务（含已由组员办理的）",
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks());
    ensure(filters, authorizations, DUE_SOON, 0, "3个工作日内到期的任务",
        visibleToMe(tasks.createTaskQuery())
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${deadline.withinWorkingDays(now(), " + Deadline.DUE_SOON_WORKING_DAYS + ")}"));
    ensure(filters, authorizations, OVERDUE, 5, "已超过到期日的任务",
        visibleToMe(tasks.createTaskQuery()).dueBeforeExpression("${now()}"));
    ensure(filters, authorizations, DISTRICT, 10, "本区全部在办任务（科室负责人、分管/主要负责人可转办）",
        tasks.createTaskQuery(), Roles.TRANSFERRING);
  }

  private static TaskQuery visibleToMe(TaskQuery query) {
    return query.or()
        .taskAssigneeExpression(CURRENT_USER)
        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
        .endOr();
  }

  private static void ensure(FilterService filters, AuthorizationService authorizations, String name, int priority,
                             String description, TaskQuery query) {
    ensure(filters, authorizations, name, priority, description, query, Roles.WORK_GROUPS);
  }

  private static void ensure(FilterService filters, AuthorizationService authorizations, String name, int priority,
                             String description, TaskQuery query, List<String> sharedWith) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    boolean existed = filter != null;
    if (!existed) {
      filter = filters.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(properties(priority, description));
    try {
      filters.saveFilter(filter);
    } catch (OptimisticLockingException savedByAnotherNode) {
      if (!existed) {
        throw savedByAnotherNode;
      }
      // Two nodes starting together rewrite the same filter with the same definition: the other one's stands.
    }
    for (String group : sharedWith) {
      boolean shared = authorizations.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
      if (!shared) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        Map.of("name", CommonVariables.CASE_NO, "label", "案件编号"),
        Map.of("name", CommonVariables.ENTERPRISE_NAME, "label", "企业名称")));
    return properties;
  }
}
