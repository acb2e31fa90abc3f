package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.InvestigatingLevel;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who works an accident's tasks, by investigating level: the district's group, or — once the city (or the State
 * Council) investigates, by grade or by escalation — that group's members in the {@code city} tenant only, so the
 * district's own staff no longer take the case. BPMN uses it as {@code investigationStaff} in
 * {@code candidateGroups} and {@code candidateUsers}.
 */
@Component("investigationStaff")
public class InvestigationStaff {

  private final IdentityService identityService;

  InvestigationStaff(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<String> groups(Object level, String group) {
    return isCityLevel(level) ? List.of() : List.of(group);
  }

  public List<String> users(Object level, String group) {
    if (!isCityLevel(level)) {
      return List.of();
    }
    return SystemContext.asSystem(identityService, () -> identityService.createUserQuery().memberOfGroup(group)
        .memberOfTenant(District.CITY.code()).list().stream().map(User::getId).toList());
  }

  private static boolean isCityLevel(Object level) {
    return level != null && InvestigatingLevel.valueOf(level.toString()).compareTo(InvestigatingLevel.CITY) >= 0;
  }
}
