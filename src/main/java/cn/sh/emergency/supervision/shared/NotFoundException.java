package cn.sh.emergency.supervision.shared;

/** A resource of {@code /api} that does not exist (or that the caller's districts do not contain). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
