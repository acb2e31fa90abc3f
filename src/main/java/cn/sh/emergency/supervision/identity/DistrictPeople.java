package cn.sh.emergency.supervision.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one answer to "who may be chosen here": the users of a role who work in a district or for the city (a member
 * of the district's or the city's tenant, directly or through a group), by name; enforcement officers only with
 * their certificate number, so that a user without one is never offered as an investigator. Read on behalf of the
 * system, whoever asks; the caller checks that the asker may see the district.
 */
public interface DistrictPeople {

  /** The people of the role in the district and the city, ordered by name. */
  default List<Person> of(StaffRole role, String district) {
    return of(role, Collections.singletonList(district)).get(district);
  }

  /** The user ids of {@link #of(StaffRole, String)}, for checks of who was named. */
  default Set<String> ids(StaffRole role, String district) {
    return of(role, district).stream().map(Person::id).collect(Collectors.toSet());
  }

  /** The same for several districts at once (a city-level user's start form), in the order of the districts. */
  Map<String, List<Person>> of(StaffRole role, Collection<String> districts);
}
