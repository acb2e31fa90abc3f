package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.penalty.Instalment;
import cn.sh.emergency.supervision.penalty.PaymentPlanKind;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyDue;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A party's application to pay later or in instalments (行政处罚法 art. 66), recorded by a handler: checked — served,
 * not concluded, no plan yet, none pending; a deferral one day, instalments at least two; the days in order, from
 * tomorrow, within the configured months of today; the amounts whole yuan adding up to what is outstanding — and
 * sent to the leaders ({@code payment-plan}).
 */
@Component
public class PaymentPlans {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final PenaltyCases cases;
  private final PenaltyTimeLimits limits;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  PaymentPlans(PenaltyCases cases, PenaltyTimeLimits limits, RuntimeService runtimeService,
               IdentityService identityService) {
    this.cases = cases;
    this.limits = limits;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Returns the process instance id of the application. */
  public String apply(CaseSummary penaltyCase, String decisionNo, PaymentPlanKind kind, String reason,
                      List<Instalment> plan, LocalDate today) {
    cases.checkPlanAllowed(decisionNo);
    if (pending(decisionNo)) {
      throw new ConflictException("该处罚决定已有待审批的延期或者分期缴纳申请：" + decisionNo);
    }
    PenaltyDue due = cases.due(decisionNo, today);
    check(kind, plan, due.outstandingYuan() == null ? 0 : due.outstandingYuan(), today);
    Map<String, Object> variables = CaseProcessVariables.of(penaltyCase);
    variables.put(Var.DECISION_NO, decisionNo);
    variables.put(Var.PARTY_NAME, due.partyName());
    variables.put(Var.PAYMENT_PLAN_KIND, kind.code());
    variables.put(Var.PAYMENT_PLAN_REASON, reason);
    variables.put(Var.PAYMENT_PLAN, write(plan));
    variables.put(Var.PAYMENT_PLAN_TEXT, plan.stream().map(i -> i.dueOn() + "前缴纳" + i.amountYuan() + "元")
        .collect(Collectors.joining("；")));
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(PaymentPlanProcess.PROCESS_KEY,
        penaltyCase.caseNo(), variables)).getId();
  }

  private void check(PaymentPlanKind kind, List<Instalment> plan, long outstanding, LocalDate today) {
    if (kind == PaymentPlanKind.DEFERRAL && plan.size() != 1) {
      throw new InvalidInputException("延期缴纳须为一个缴款日期和金额");
    }
    if (kind == PaymentPlanKind.INSTALMENTS && plan.size() < 2) {
      throw new InvalidInputException("分期缴纳须至少分为两期");
    }
    LocalDate latest = today.plusMonths(limits.getPaymentPlanMonths());
    LocalDate previous = today;
    for (Instalment instalment : plan) {
      if (instalment.dueOn() == null || !instalment.dueOn().isAfter(previous)) {
        throw new InvalidInputException("各期缴款日期须晚于今天并依次递增：" + instalment.dueOn());
      }
      if (instalment.dueOn().isAfter(latest)) {
        throw new InvalidInputException("缴款日期不能晚于" + latest + "（" + limits.getPaymentPlanMonths() + "个月内）");
      }
      if (instalment.amountYuan() <= 0) {
        throw new InvalidInputException("各期金额须为正整数（元）");
      }
      previous = instalment.dueOn();
    }
    long total = plan.stream().mapToLong(Instalment::amountYuan).sum();
    if (total != outstanding) {
      throw new InvalidInputException("缴款计划的金额合计" + total + "元须等于尚未缴纳的罚款" + outstanding + "元");
    }
  }

  /** An application for the decision waits for the leaders. */
  private boolean pending(String decisionNo) {
    return SystemContext.asSystem(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PaymentPlanProcess.PROCESS_KEY).variableValueEquals(Var.DECISION_NO, decisionNo)
        .active().count() > 0);
  }

  static List<Instalment> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<Instalment>>() { });
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("缴款计划无法读取");
    }
  }

  private static String write(List<Instalment> plan) {
    try {
      return JSON.writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
