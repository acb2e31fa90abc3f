package cn.sh.emergency.supervision.shared;

/** An uploaded file of a type that is not on the allow-list; web layers answer 415. */
public class FileTypeNotAllowedException extends RuntimeException {

  public FileTypeNotAllowedException(String message) {
    super(message);
  }
}
