package cn.sh.emergency.supervision.legalreview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesUnitTest {

  @ParameterizedTest
  @CsvSource({"张某某, 张*某", "张三丰, 张*丰", "李明, 李*", "欧阳娜娜, 欧*娜", "王, *", "' 赵六 ', 赵*"})
  void namesKeepOnlyTheFirstAndLastCharacter(String name, String masked) {
    assertThat(PersonNames.mask(name)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(value = {"NULL", "''"}, nullValues = "NULL")
  void emptyNamesStayEmpty(String name) {
    assertThat(PersonNames.mask(name)).isEmpty();
  }
}
