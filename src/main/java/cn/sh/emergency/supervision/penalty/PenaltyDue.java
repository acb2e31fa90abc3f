package cn.sh.emergency.supervision.penalty;

import java.time.LocalDate;
import java.util.List;

/**
 * What one decision's party owes on a day: the fine, the late-payment surcharge accrued (加处罚款) and what has been
 * paid. Before service the payment period has not started and the amounts due are null.
 */
public record PenaltyDue(String decisionNo, String caseNo, String partyName, PartyKind partyKind, long fineYuan,
                         LocalDate servedOn, LocalDate on, LocalDate paymentDueOn, Long overdueDays,
                         Long surchargeYuan, long paidYuan, Long outstandingYuan, Long totalDueYuan,
                         PartyStatus status, List<PaymentView> payments) {
}
