package cn.sh.emergency.supervision.shared;

/** An uploaded file over the configured size; web layers answer 413. */
public class FileTooLargeException extends RuntimeException {

  public FileTooLargeException(String message) {
    super(message);
  }
}
