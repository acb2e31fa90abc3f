package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.Person;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.shared.process.PeopleOptions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The options of people pickers, from {@link DistrictPeople}: labelled by name, an officer with the certificate
 * number (张三（执法证 310106-0001）); two people of one name are told apart by their user ids.
 */
@Component
class PeopleOptionsOfDistricts implements PeopleOptions {

  private final DistrictPeople people;

  PeopleOptionsOfDistricts(DistrictPeople people) {
    this.people = people;
  }

  @Override
  public Map<String, List<Option>> forDistricts(String role, Collection<String> districts) {
    Map<String, List<Option>> options = new LinkedHashMap<>();
    people.of(StaffRole.of(role), districts).forEach((district, list) -> options.put(district, options(list)));
    return options;
  }

  static List<Option> options(List<Person> people) {
    Map<String, Long> labels = people.stream().collect(Collectors.groupingBy(PeopleOptionsOfDistricts::label,
        Collectors.counting()));
    Function<Person, String> unique = person -> labels.get(label(person)) > 1
        ? label(person) + "（" + person.id() + "）" : label(person);
    return people.stream().map(person -> new Option(unique.apply(person), person.id())).toList();
  }

  static String label(Person person) {
    return person.certificateNo() == null ? person.name() : person.name() + "（执法证 " + person.certificateNo() + "）";
  }
}
