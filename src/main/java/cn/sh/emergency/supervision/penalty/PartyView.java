package cn.sh.emergency.supervision.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** A party of a penalty case as processes and the web layer see it, with the article it is penalised under. */
public record PartyView(Long id, String caseNo, int partyNo, PartyKind kind, String name, String uscc,
                        String idNumber, Long lastYearIncomeYuan, String legalBasisArticle, String legalBasis,
                        Long fineMinYuan, Long fineMaxYuan, Long fineYuan,
                        String decisionNo, LocalDate decidedOn, LocalDate servedOn, LocalDate paymentDueOn,
                        PartyStatus status, Instant concludedAt) {

  /**
   * How the party's tasks are told apart in Tasklist: a person by name and role (张三丰（主要负责人）), the unit by its
   * role (its name is the case's enterprise, already in the task's name).
   */
  public String label() {
    return kind.isPerson() ? nameWithKind() : kind.chineseName();
  }

  /** The party as documents name it: 上海某化工有限公司（生产经营单位）, 张三丰（主要负责人）. */
  public String nameWithKind() {
    return name + "（" + kind.chineseName() + "）";
  }
}
