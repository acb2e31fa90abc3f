package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.identity.Person;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.DistrictMembers;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * {@link DistrictPeople} from the engine's identity store: the role's groups ({@link StaffRole}), the districts'
 * members ({@link DistrictMembers}) and the certificate numbers ({@link EnforcementCertificates}). A few queries per
 * group and district, then one certificate look-up per officer, however many districts are asked for.
 */
@Component
class DistrictPeopleDirectory implements DistrictPeople {

  /** By name as Chinese readers order it (pinyin), then by user id. */
  private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::name,
      Collator.getInstance(Locale.CHINA)).thenComparing(Person::id);

  private final IdentityService identityService;
  private final EnforcementCertificates certificates;

  DistrictPeopleDirectory(IdentityService identityService, EnforcementCertificates certificates) {
    this.identityService = identityService;
    this.certificates = certificates;
  }

  @Override
  public Map<String, List<Person>> of(StaffRole role, Collection<String> districts) {
    return SystemContext.asSystem(identityService, () -> {
      Set<String> city = DistrictMembers.members(identityService, District.CITY.code());
      Map<String, Set<String>> members = new LinkedHashMap<>();
      for (String district : districts) {
        members.put(district, district == null || District.CITY.code().equals(district) ? city
            : DistrictMembers.members(identityService, district));
      }
      Map<String, User> withRole = withRole(role, city, members.values());
      Map<String, Optional<Person>> people = new HashMap<>();
      Map<String, List<Person>> byDistrict = new LinkedHashMap<>();
      members.forEach((district, inDistrict) -> byDistrict.put(district, withRole.values().stream()
          .filter(user -> inDistrict.contains(user.getId()) || city.contains(user.getId()))
          .map(user -> people.computeIfAbsent(user.getId(), id -> person(role, user)))
          .flatMap(Optional::stream).sorted(BY_NAME).toList()));
      return byDistrict;
    });
  }

  /** The users of the role's groups; for a role of no group, everyone who works in one of the districts. */
  private Map<String, User> withRole(StaffRole role, Set<String> city, Collection<Set<String>> districts) {
    Map<String, User> withRole = new TreeMap<>();
    if (role.groups().isEmpty()) {
      Set<String> ids = new java.util.HashSet<>(city);
      districts.forEach(ids::addAll);
      if (!ids.isEmpty()) {
        identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()
            .forEach(user -> withRole.put(user.getId(), user));
      }
    }
    for (String group : role.groups()) {
      identityService.createUserQuery().memberOfGroup(group).list().forEach(user -> withRole.put(user.getId(), user));
    }
    return withRole;
  }

  /** The user as someone of the role; an officer only with a certificate number. */
  private Optional<Person> person(StaffRole role, User user) {
    if (!role.certified()) {
      return Optional.of(new Person(user.getId(), UserNames.of(user), null));
    }
    return certificates.officer(user.getId()).filter(EnforcementOfficer::certified)
        .map(officer -> new Person(user.getId(), UserNames.of(user), officer.certificateNo()));
  }
}
