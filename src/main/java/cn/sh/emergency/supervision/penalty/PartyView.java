package cn.sh.emergency.supervision.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** A party of a penalty case as processes and the web layer see it, with the article it is penalised under. */
public record PartyView(Long id, String caseNo, int partyNo, PartyKind kind, String name, String uscc,
                        String idNumber, Long lastYearIncomeYuan, String legalBasisArticle, String legalBasis,
                        Long fineMinYuan, Long fineMaxYuan, Long fineYuan,
                        String decisionNo, LocalDate decidedOn, LocalDate servedOn, LocalDate paymentDueOn,
                        PartyStatus status, Instant concludedAt) {
}
