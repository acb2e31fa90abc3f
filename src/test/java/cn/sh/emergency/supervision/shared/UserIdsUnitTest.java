package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named in a field: a picker's JSON list (as a variable or its text), a collection, or typed ids. */
class UserIdsUnitTest {

  @Test
  void typedIdsAreSplitAtCommasChineseCommasEnumerationCommasSemicolonsAndSpaces() {
    assertThat(UserIds.parse("wang,li，zhao、qian;sun；zhou wu")).containsExactly("wang", "li", "zhao", "qian", "sun",
        "zhou", "wu");
    assertThat(UserIds.parse(" wang , wang ,, ")).containsExactly("wang");
    assertThat(UserIds.parse(null)).isEmpty();
    assertThat(UserIds.parse("  ")).isEmpty();
  }

  @Test
  void aPickersListIsReadAsItsIds() {
    assertThat(UserIds.parse("[\"wang\",\"li\",\"wang\"]")).containsExactly("wang", "li");
    assertThat(UserIds.parse(" [ \" wang \" ] ")).containsExactly("wang");
    assertThat(UserIds.parse("[]")).isEmpty();
    assertThat(UserIds.parse(List.of("li", "wang", " "))).containsExactly("li", "wang");
    assertThat(UserIds.parse(Arrays.asList("li", null))).containsExactly("li");
    // A JSON variable (Spin) is read through its text.
    Object jsonVariable = new Object() {
      @Override
      public String toString() {
        return "[\"zhao\",\"qian\"]";
      }
    };
    assertThat(UserIds.parse(jsonVariable)).containsExactly("zhao", "qian");
  }

  @Test
  void textThatOnlyLooksLikeAListNamesNobodyKnown() {
    // Read as typed text: the brackets stay with the ids, which then name no user and are refused by the checks.
    assertThat(UserIds.parse("[wang,li")).containsExactly("[wang", "li");
  }
}
