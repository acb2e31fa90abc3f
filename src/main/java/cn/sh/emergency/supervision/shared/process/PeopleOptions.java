package cn.sh.emergency.supervision.shared.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who a {@link PeoplePicker} offers, as form-js options: the people of its role who work in a district or for the
 * city, labelled by name (officers with their enforcement certificate number). Provided by the identity module.
 */
public interface PeopleOptions {

  /** A picker's option as form-js reads it: the label shown, the user id submitted. */
  record Option(String label, String value) {
  }

  /**
   * The options for each district asked for, in the order of the districts.
   *
   * @throws cn.sh.emergency.supervision.shared.InvalidInputException for a role the system does not know
   */
  Map<String, List<Option>> forDistricts(String role, Collection<String> districts);

  default List<Option> forDistrict(String role, String district) {
    return forDistricts(role, List.of(district)).get(district);
  }
}
