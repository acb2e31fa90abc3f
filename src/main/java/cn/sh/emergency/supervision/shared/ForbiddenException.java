package cn.sh.emergency.supervision.shared;

/** The caller may not do this, for a reason worth telling (e.g. only section chiefs transfer tasks); web layers answer 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
