package cn.sh.emergency.supervision.identity.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.identity.Person;
import cn.sh.emergency.supervision.shared.process.PeopleOptions.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a picker shows people: by name, officers with their certificate number, namesakes told apart by user id. */
class PeopleOptionLabelsUnitTest {

  @Test
  void peopleAreShownByNameAndOfficersWithTheirCertificate() {
    assertThat(PeopleOptionsOfDistricts.options(List.of(new Person("zhang", "张三", "31000012345"),
        new Person("li", "李四", null)))).containsExactly(new Option("张三（执法证 31000012345）", "zhang"),
        new Option("李四", "li"));
  }

  @Test
  void namesakesAreToldApartByTheirUserIds() {
    assertThat(PeopleOptionsOfDistricts.options(List.of(new Person("zhangwei", "张伟", null),
        new Person("zhangwei2", "张伟", null), new Person("wang", "王五", null)))).containsExactly(
        new Option("张伟（zhangwei）", "zhangwei"), new Option("张伟（zhangwei2）", "zhangwei2"), new Option("王五", "wang"));
  }
}
