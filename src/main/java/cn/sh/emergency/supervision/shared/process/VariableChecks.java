package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.PartyNames;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Uscc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of submitted variables, collecting every problem into one Chinese message, so a bad form
 * submission is refused as a whole (the task stays open, nothing is recorded) and the user sees all at once. The
 * checks take the names of the fields they check and read each value as submitted, whatever its type (text is
 * what they check), so they read by name rather than through the lifecycles' typed variables.
 */
public final class VariableChecks {

  private final VariableScope scope;
  private final Deadline deadline;
  private final List<String> problems = new ArrayList<>();

  private VariableChecks(VariableScope scope, Deadline deadline) {
    this.scope = scope;
    this.deadline = deadline;
  }

  public static VariableChecks of(VariableScope scope, Deadline deadline) {
    return new VariableChecks(scope, deadline);
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  public boolean is(String name, String code) {
    return code.equals(text(name));
  }

  public boolean isTrue(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name)) || "true".equals(text(name));
  }

  public VariableChecks required(String name, String label) {
    String value = text(name);
    if (value == null || value.isEmpty()) {
      problems.add("请填写" + label);
    }
    return this;
  }

  public VariableChecks oneOf(String name, String label, String... codes) {
    String value = text(name);
    if (value == null || value.isEmpty()) {
      problems.add("请选择" + label);
    } else if (!Arrays.asList(codes).contains(value)) {
      problems.add(label + "的取值无效：" + value);
    }
    return this;
  }

  public VariableChecks confirmed(String name, String label) {
    if (!isTrue(name)) {
      problems.add("请确认" + label);
    }
    return this;
  }

  /**
   * A party's name as typed ({@link PartyNames}): refused with an invisible or control character, otherwise kept in
   * its normal form, so the variable and the case file hold one spelling. Nothing when absent; check it before
   * {@link #required}, which then sees a name of only spaces as empty.
   */
  public VariableChecks partyName(String name, String label) {
    return normalised(name, label, PartyNames::name);
  }

  /** A party's code (credit code, identity number) as typed: as {@link #partyName}, without spaces, upper case. */
  public VariableChecks partyCode(String name, String label) {
    return normalised(name, label, PartyNames::code);
  }

  private VariableChecks normalised(String name, String label, UnaryOperator<String> form) {
    if (!(scope.getVariable(name) instanceof String typed)) {
      return this;
    }
    Optional<String> problem = PartyNames.problem(label, typed);
    if (problem.isPresent()) {
      problems.add(problem.get());
    } else if (!form.apply(typed).equals(typed)) {
      scope.setVariable(name, form.apply(typed));
    }
    return this;
  }

  /** A unified social credit code, normalised as {@link #partyCode}, with a valid check character. */
  public VariableChecks uscc(String name, String label) {
    int found = problems.size();
    if (partyCode(name, label).problems.size() > found) {
      return this;
    }
    String value = text(name);
    if (value == null || value.isEmpty()) {
      problems.add("请填写" + label);
    } else if (!Uscc.isValid(value.toUpperCase(java.util.Locale.ROOT))) {
      problems.add(label + "不正确（18位，校验位须符合 GB 32100）：" + value);
    }
    return this;
  }

  /**
   * The enterprise a case concerns, as every lifecycle's start form names it: its name ({@code nameLabel}, one
   * spelling, required), its unified social credit code and its sector.
   */
  public VariableChecks enterprise(String nameLabel) {
    return partyName(CommonVariables.ENTERPRISE_NAME, nameLabel)
        .required(CommonVariables.ENTERPRISE_NAME, nameLabel)
        .uscc(CommonVariables.ENTERPRISE_USCC, "统一社会信用代码")
        .oneOf(CommonVariables.SECTOR, "行业领域", Coded.codes(Sector.class));
  }

  /**
   * An approval's decision ({@code variable}, 审批结论) among {@code codes}; deciding {@code codeNeedingReason} (a
   * return, a refusal) needs the opinion as its reason ({@code reasonLabel}).
   */
  public VariableChecks decision(String variable, String codeNeedingReason, String reasonLabel, String... codes) {
    oneOf(variable, "审批结论", codes);
    if (is(variable, codeNeedingReason)) {
      required(CommonVariables.OPINION, reasonLabel);
    }
    return this;
  }

  /** A date (YYYY-MM-DD) after today (engine clock) and inside the years the statutory calendar covers. */
  public VariableChecks futureDate(String name, String label) {
    LocalDate day = date(name, label);
    if (day != null && !day.isAfter(deadline.dayOf(java.util.Date.from(EngineClock.now())))) {
      problems.add(label + "须晚于今天：" + day);
    }
    return this;
  }

  /** A date (YYYY-MM-DD) that is today or earlier (engine clock): something that has happened. */
  public VariableChecks pastDate(String name, String label) {
    LocalDate day = date(name, label);
    if (day != null && day.isAfter(today())) {
      problems.add(label + "不能晚于今天：" + day);
    }
    return this;
  }

  /**
   * A date (YYYY-MM-DD) of any year, e.g. the end of a sentence years ahead: unlike a deadline it need not lie in the
   * years the statutory calendar covers.
   */
  public VariableChecks anyDate(String name, String label) {
    String value = text(name);
    if (value == null || value.isEmpty()) {
      problems.add("请填写" + label);
      return this;
    }
    try {
      deadline.dayOf(value);
    } catch (InvalidInputException e) {
      problems.add(label + "：" + e.getMessage());
    }
    return this;
  }

  /** A date that falls on a working day (statutory calendar); the hint says which day would do. */
  public VariableChecks workingDay(String name, String label, String hint) {
    String value = text(name);
    if (value != null && !value.isEmpty()) {
      try {
        if (!deadline.isWorkingDay(value)) {
          problems.add(label + "（" + deadline.dayOf(value) + "）不是工作日，" + hint);
        }
      } catch (InvalidInputException e) {
        // reported by the date check of the same field
      }
    }
    return this;
  }

  /** A date no earlier than the given day. */
  public VariableChecks notBefore(String name, String label, LocalDate earliest, String earliestLabel) {
    String value = text(name);
    if (value != null && !value.isEmpty() && earliest != null) {
      try {
        if (deadline.dayOf(value).isBefore(earliest)) {
          problems.add(label + "不能早于" + earliestLabel + "（" + earliest + "）");
        }
      } catch (InvalidInputException e) {
        // reported by the date check of the same field
      }
    }
    return this;
  }

  /** A whole number of at least {@code min} (amounts are integer yuan). */
  public VariableChecks wholeNumber(String name, String label, long min) {
    Long value = number(name);
    if (text(name) == null || text(name).isEmpty()) {
      problems.add("请填写" + label);
    } else if (value == null) {
      problems.add(label + "须为整数：" + text(name));
    } else if (value < min) {
      problems.add(label + "不能小于" + min);
    }
    return this;
  }

  /** The variable as a whole number, or null when absent or not a whole number. */
  public Long number(String name) {
    String value = text(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  /** Adds a problem found by a check of the caller's own. */
  public VariableChecks problem(String problem) {
    problems.add(problem);
    return this;
  }

  public LocalDate today() {
    return deadline.dayOf(java.util.Date.from(EngineClock.now()));
  }

  /** A date strictly after the date held by another variable. */
  public VariableChecks after(String name, String label, String otherName, String otherLabel) {
    LocalDate day = date(name, label);
    String other = text(otherName);
    if (day != null && other != null && !day.isAfter(deadline.dayOf(other))) {
      problems.add(label + "须晚于" + otherLabel + "（" + other + "）");
    }
    return this;
  }

  private LocalDate date(String name, String label) {
    String value = text(name);
    if (value == null || value.isEmpty()) {
      problems.add("请填写" + label);
      return null;
    }
    try {
      LocalDate day = deadline.dayOf(value);
      deadline.endOf(day);
      return day;
    } catch (InvalidInputException e) {
      problems.add(label + "：" + e.getMessage());
      return null;
    }
  }

  /** Refuses the submission with all problems found, if any. */
  public void verify() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException("提交内容有误：" + String.join("；", problems));
    }
  }
}
