package cn.sh.emergency.supervision.shared;

/** A request that contradicts the current state (e.g. urging a closed case); web layers answer 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
