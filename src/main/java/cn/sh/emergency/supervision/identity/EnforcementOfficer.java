package cn.sh.emergency.supervision.identity;

/**
 * A user as an enforcement officer: the name printed on documents and the enforcement certificate number
 * (执法证号), {@code null} when none is registered.
 */
public record EnforcementOfficer(String userId, String name, String certificateNo) {

  public boolean certified() {
    return certificateNo != null;
  }
}
