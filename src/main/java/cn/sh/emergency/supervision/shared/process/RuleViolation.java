package cn.sh.emergency.supervision.shared.process;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** A house rule a model breaks, naming the resource and the element. */
public record RuleViolation(String resource, String elementId, String message) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return 0;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }

  @Override
  public String toString() {
    return resource + ": " + message;
  }
}
