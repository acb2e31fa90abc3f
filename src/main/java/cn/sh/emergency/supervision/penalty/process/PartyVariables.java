package cn.sh.emergency.supervision.penalty.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.Parties;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The parties of a starting case: the {@code parties} JSON of the REST API, or the single fields of the Tasklist
 * start form (the unit from the enterprise, a principal and a manager if named).
 */
final class PartyVariables {

  private PartyVariables() {
  }

  static List<Party> read(VariableScope scope) {
    Parties.CaseBasis basis = new Parties.CaseBasis(text(scope, Typed.LEGAL_BASIS_ARTICLE),
        text(scope, Typed.LEGAL_BASIS), !text(scope, Typed.ACCIDENT_GRADE).isEmpty(),
        Typed.OVERDUE_UNCORRECTED.from(scope).getOrDefault(false), !text(scope, Typed.EXEMPTION_REASON).isEmpty());
    // JSON text, or a JSON value from the engine's REST API.
    Object json = asSubmitted(Typed.PARTIES, scope);
    if (json != null) {
      return Parties.parse(json.toString(), basis);
    }
    List<Party> parties = new ArrayList<>();
    parties.add(new Party(PartyKind.UNIT, text(scope, CommonVariables.Typed.ENTERPRISE_NAME),
        text(scope, CommonVariables.Typed.ENTERPRISE_USCC), null, null));
    person(scope, PartyKind.PRINCIPAL, Typed.PRINCIPAL_NAME, Typed.PRINCIPAL_ID_NUMBER, Typed.PRINCIPAL_INCOME_YUAN,
        Typed.PRINCIPAL_LEGAL_BASIS_ARTICLE, parties);
    person(scope, PartyKind.MANAGER, Typed.MANAGER_NAME, Typed.MANAGER_ID_NUMBER, Typed.MANAGER_INCOME_YUAN,
        Typed.MANAGER_LEGAL_BASIS_ARTICLE, parties);
    return Parties.parse(Parties.toJson(parties), basis);
  }

  private static void person(VariableScope scope, PartyKind kind, VariableFactory<String> name,
                             VariableFactory<String> idNumber, VariableFactory<Number> income,
                             VariableFactory<String> article, List<Party> parties) {
    if (text(scope, name).isEmpty()) {
      return;
    }
    // A number, or its text from the engine's REST API.
    Object value = asSubmitted(income, scope);
    Long yuan;
    try {
      yuan = value == null || value.toString().isBlank() ? null : Long.valueOf(new java.math.BigDecimal(
          value.toString().trim()).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      throw new InvalidInputException(kind.chineseName() + "的上一年年收入须为整数（元）");
    }
    String code = text(scope, article);
    parties.add(new Party(kind, text(scope, name), null, text(scope, idNumber), yuan, code.isEmpty() ? null : code,
        null));
  }

  private static String text(VariableScope scope, VariableFactory<String> variable) {
    return variable.from(scope).getOptional().map(String::trim).orElse("");
  }
}
