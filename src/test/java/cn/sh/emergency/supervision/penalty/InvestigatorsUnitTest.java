package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * 行政处罚法 art. 42: a penalty case is investigated by at least two officers, each holding an enforcement certificate.
 */
class InvestigatorsUnitTest {

  private static final EnforcementOfficer WANG = new EnforcementOfficer("wang", "王某", "310106-0001");
  private static final EnforcementOfficer LI = new EnforcementOfficer("li", "李某", "310106-0002");
  private static final EnforcementOfficer ZHAO = new EnforcementOfficer("zhao", "赵某", null);

  private static final Function<String, Optional<EnforcementOfficer>> USERS = id -> Optional.ofNullable(
      Map.of("wang", WANG, "li", LI, "zhao", ZHAO).get(id));

  @Test
  void twoCertifiedOfficersInvestigate() {
    Investigators.Check check = Investigators.check("wang,li", USERS);
    assertThat(check.passed()).isTrue();
    assertThat(check.officers()).containsExactly(WANG, LI);
    assertThat(check.userIds()).isEqualTo("wang,li");
  }

  @Test
  void oneOfficerIsNotEnough() {
    Investigators.Check check = Investigators.check("wang", USERS);
    assertThat(check.passed()).isFalse();
    assertThat(check.problems()).containsExactly("调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条），本案只列明了1名");
    assertThat(check.officers()).isEmpty();
  }

  @Test
  void theSameOfficerTwiceIsOneOfficer() {
    assertThat(Investigators.check("wang, wang", USERS).problems())
        .containsExactly("调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条），本案只列明了1名");
  }

  @Test
  void anOfficerWithoutACertificateIsNamed() {
    Investigators.Check check = Investigators.check("wang,zhao", USERS);
    assertThat(check.problems()).containsExactly("调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条）",
        "调查人员zhao（赵某）未登记执法证号");
    // A third certified officer does not make up for him: every investigator holds a certificate.
    assertThat(Investigators.check("wang,li,zhao", USERS).problems()).contains("调查人员zhao（赵某）未登记执法证号");
  }

  @Test
  void unknownUsersAreNamed() {
    assertThat(Investigators.check("wang,nobody,ghost", USERS).problems()).containsExactly(
        "调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条）", "调查人员不存在：nobody、ghost");
    assertThat(Investigators.check("nobody", USERS).problems()).containsExactly(
        "调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条），本案只列明了1名", "调查人员不存在：nobody");
  }

  @Test
  void officersMaySeparateNamesAsChineseTextDoes() {
    assertThat(Investigators.ids("wang、li")).containsExactly("wang", "li");
    assertThat(Investigators.ids(" wang，li ;zhao；wang\nli ")).containsExactly("wang", "li", "zhao");
    assertThat(Investigators.ids("")).isEmpty();
    assertThat(Investigators.ids(null)).isEmpty();
    assertThat(Investigators.check("wang、li", USERS).userIds()).isEqualTo("wang,li");
  }

  @Test
  void theOfficersAreKeptWithTheCaseAsTheyWere() {
    String json = Investigators.toJson(List.of(WANG, LI));
    assertThat(json).isEqualTo("[{\"userId\":\"wang\",\"name\":\"王某\",\"certificateNo\":\"310106-0001\"},"
        + "{\"userId\":\"li\",\"name\":\"李某\",\"certificateNo\":\"310106-0002\"}]");
    assertThat(Investigators.fromJson(json)).containsExactly(WANG, LI);
    assertThat(Investigators.fromJson(null)).isEmpty();
  }
}
