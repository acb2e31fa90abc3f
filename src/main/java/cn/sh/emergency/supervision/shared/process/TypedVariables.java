package cn.sh.emergency.supervision.shared.process;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Helpers for the typed process variables: the lifecycles declare one camunda-bpm-data {@link VariableFactory} per
 * variable their code reads or writes, next to its name ({@code HazardProcess.Typed}, {@code CommonVariables.Typed},
 * …), and the code reads and writes through it ({@code Typed.RECTIFICATION_DEADLINE.from(execution).getOrNull()},
 * {@code Typed.OVERDUE_OCCURRED.on(execution).set(true)}). A value of another Java type than declared fails the read
 * with an error naming the variable.
 */
public final class TypedVariables {

  private TypedVariables() {
  }

  /**
   * A number as the engine holds it: Integer, Long or Double, whichever the client sent (Tasklist's number fields
   * send an Integer, a Long beyond it; Java callers and decision tables their own). Written untyped, so the engine
   * picks the type of the value, as {@code setVariable} does.
   */
  public static VariableFactory<Number> numberVariable(String name) {
    return CamundaBpmData.customVariable(name, Number.class);
  }

  /**
   * The variable's value as a client submitted it, whatever its Java type: only for the readings that have always
   * accepted more than the declared type, because the engine's REST API and Java callers may send another form of the
   * same fact than Tasklist and {@code /api} do — an accident's time as a Date, a number as text, the parties as a
   * JSON value, a confirmation as the text {@code "true"}, a value before the system settles its type. Each such
   * reading hands the value straight to the one helper that reads all those forms (e.g. {@code AccidentTimes}).
   */
  public static Object asSubmitted(VariableFactory<?> variable, VariableScope scope) {
    return scope.getVariable(variable.getName());
  }

  /** {@link #asSubmitted(VariableFactory, VariableScope)} from the variables of an instance, read at once. */
  public static Object asSubmitted(VariableFactory<?> variable, Map<String, ?> variables) {
    return variables.get(variable.getName());
  }
}
