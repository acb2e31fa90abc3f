package cn.sh.emergency.supervision.shared;

/**
 * Input a user can correct: an unknown district, a malformed credit code, a date the calendar cannot answer.
 * The message is Chinese and meant for the user; web layers answer it with HTTP 400.
 */
public class InvalidInputException extends RuntimeException {

  public InvalidInputException(String message) {
    super(message);
  }
}
