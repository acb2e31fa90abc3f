package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.Parties;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.InvalidInputException;
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
    Parties.CaseBasis basis = new Parties.CaseBasis(text(scope, Var.LEGAL_BASIS_ARTICLE), text(scope, Var.LEGAL_BASIS),
        !text(scope, Var.ACCIDENT_GRADE).isEmpty(), Boolean.TRUE.equals(scope.getVariable(Var.OVERDUE_UNCORRECTED)),
        !text(scope, Var.EXEMPTION_REASON).isEmpty());
    Object json = scope.getVariable(Var.PARTIES);
    if (json != null) {
      return Parties.parse(json.toString(), basis);
    }
    List<Party> parties = new ArrayList<>();
    parties.add(new Party(PartyKind.UNIT, text(scope, CommonVariables.ENTERPRISE_NAME),
        text(scope, CommonVariables.ENTERPRISE_USCC), null, null));
    person(scope, PartyKind.PRINCIPAL, Var.PRINCIPAL_NAME, Var.PRINCIPAL_ID_NUMBER, Var.PRINCIPAL_INCOME_YUAN,
        Var.PRINCIPAL_LEGAL_BASIS_ARTICLE, parties);
    person(scope, PartyKind.MANAGER, Var.MANAGER_NAME, Var.MANAGER_ID_NUMBER, Var.MANAGER_INCOME_YUAN,
        Var.MANAGER_LEGAL_BASIS_ARTICLE, parties);
    return Parties.parse(Parties.toJson(parties), basis);
  }

  private static void person(VariableScope scope, PartyKind kind, String name, String idNumber, String income,
                             String article, List<Party> parties) {
    if (text(scope, name).isEmpty()) {
      return;
    }
    Object value = scope.getVariable(income);
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

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }
}
