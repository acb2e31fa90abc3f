package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.PeoplePicker;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The roles people are chosen by: the same codes in forms and in {@code GET /api/people}, each with its groups. */
class StaffRoleUnitTest {

  @Test
  void theRolesAreThoseFormsMayName() {
    assertThat(Arrays.stream(StaffRole.values()).map(StaffRole::code)).containsExactlyElementsOf(PeoplePicker.ROLES);
  }

  @Test
  void eachRoleIsAGroupOrTheCertificate() {
    assertThat(StaffRole.of("handler").groups()).containsExactly(Roles.CASE_HANDLERS);
    assertThat(StaffRole.of("chief").groups()).containsExactly(Roles.SECTION_CHIEFS);
    assertThat(StaffRole.of(" leader ").groups()).containsExactly(Roles.LEADERS);
    assertThat(StaffRole.of("legal").groups()).containsExactly(Roles.LEGAL_REVIEWERS);
    assertThat(StaffRole.of("officer").groups()).isEmpty();
    assertThat(StaffRole.of("officer").certified()).isTrue();
    assertThat(StaffRole.of("leader").certified()).isFalse();
  }

  @Test
  void anUnknownOrMissingRoleIsRefusedInChinese() {
    assertThatThrownBy(() -> StaffRole.of("boss")).isInstanceOf(InvalidInputException.class)
        .hasMessage("未知的人员类别：boss（可选：handler、chief、leader、legal、officer）");
    assertThatThrownBy(() -> StaffRole.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("请指定人员类别 role");
    assertThatThrownBy(() -> StaffRole.of(" ")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("请指定人员类别 role");
  }
}
