package cn.sh.emergency.supervision.penalty;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Time limits of the dual-penalty case ({@code supervision.penalty.time-limits.*}); BPMN expressions use it as
 * {@code penaltyTimeLimits}. Statutory periods (行政处罚法, 行政强制法) are the defaults; local practice is marked.
 */
@Component("penaltyTimeLimits")
@ConfigurationProperties("supervision.penalty.time-limits")
@Validated
public class PenaltyTimeLimits {

  /** Leaders approve a registration (立案审批) within these working days (local practice). */
  @Min(1)
  private int registrationWorkingDays = 3;
  /** The decision within these days of registration (行政处罚法 art. 60: 90). */
  @Min(1)
  private int decisionDays = 90;
  /** The reminder this many working days before the decision is due (local practice). */
  @Min(1)
  private int decisionReminderWorkingDays = 10;
  /** Each task of the handlers and leaders inside the case (local practice). */
  @Min(1)
  private int taskWorkingDays = 5;
  /** The party asks for a statement or hearing within these working days of the notice (art. 63–64: 5). */
  @Min(1)
  private int statementWorkingDays = 5;
  /** The hearing is announced at least these working days ahead (art. 64 with art. 85: 7 working days). */
  @Min(1)
  private int hearingNoticeWorkingDays = 7;
  /** The decision is served within these working days (art. 61: 7). */
  @Min(1)
  private int serviceWorkingDays = 7;
  /** After a formal demand (催告) the party has these working days before enforcement (行政强制法 art. 35, 54: 10). */
  @Min(1)
  private int demandWorkingDays = 10;
  /** Court enforcement may be applied for once the litigation period (6 months) has ended (行政强制法 art. 53). */
  @Min(1)
  private int litigationMonths = 6;
  /** … and within these months after (行政强制法 art. 53: 3). */
  @Min(1)
  private int enforcementApplicationMonths = 3;

  /** A violation not found within these years is not penalised (行政处罚法 art. 36: 2) … */
  @Min(1)
  private int limitationYears = 2;
  /** … or these, where it touched life and health and did harm (art. 36: 5). */
  @Min(1)
  private int lifeHealthLimitationYears = 5;

  /** A decision on evidence registered and preserved within these working days (行政处罚法 arts. 56, 85: 7). */
  @Min(1)
  private int preservationDecisionWorkingDays = 7;
  /** A changed or revoked decision is withdrawn from publication within these working days (art. 48: 3). */
  @Min(1)
  private int withdrawalWorkingDays = 3;
  /**
   * An on-the-spot decision is filed with the bureau within these working days (行政处罚法 art. 52 para. 3 requires the
   * filing; the period is the departmental rule's, 5 working days by default — confirm against the rule in force).
   */
  @Min(1)
  private int onTheSpotFilingWorkingDays = 5;
  /** A plan to pay later or in instalments ends within these months of the application (local practice). */
  @Min(1)
  private int paymentPlanMonths = 12;
  /** 安全生产法 art. 113: penalised for major hazards this many times … */
  @Min(1)
  private int closureDecisionsInWindow = 3;
  /** … within these days … */
  @Min(1)
  private int closureWindowDays = 180;
  /** … or this many times within a year: referred to the government for closure. */
  @Min(1)
  private int closureDecisionsInYear = 4;
  /** The leaders decide on a transfer within these days of the report (国务院令第310号 art. 5: 3). */
  @Min(1)
  private int transferApprovalDays = 3;
  /** An approved transfer reaches the public security organ within these hours (art. 5: 24). */
  @Min(1)
  private int transferHours = 24;
  /** The organ decides whether to open a case within these days of the transfer (art. 8: 3). */
  @Min(1)
  private int policeFilingDays = 3;

  public int getWithdrawalWorkingDays() {
    return withdrawalWorkingDays;
  }

  public void setWithdrawalWorkingDays(int withdrawalWorkingDays) {
    this.withdrawalWorkingDays = withdrawalWorkingDays;
  }

  public int getOnTheSpotFilingWorkingDays() {
    return onTheSpotFilingWorkingDays;
  }

  public void setOnTheSpotFilingWorkingDays(int onTheSpotFilingWorkingDays) {
    this.onTheSpotFilingWorkingDays = onTheSpotFilingWorkingDays;
  }

  public int getPaymentPlanMonths() {
    return paymentPlanMonths;
  }

  public void setPaymentPlanMonths(int paymentPlanMonths) {
    this.paymentPlanMonths = paymentPlanMonths;
  }

  public int getClosureDecisionsInWindow() {
    return closureDecisionsInWindow;
  }

  public void setClosureDecisionsInWindow(int closureDecisionsInWindow) {
    this.closureDecisionsInWindow = closureDecisionsInWindow;
  }

  public int getClosureWindowDays() {
    return closureWindowDays;
  }

  public void setClosureWindowDays(int closureWindowDays) {
    this.closureWindowDays = closureWindowDays;
  }

  public int getClosureDecisionsInYear() {
    return closureDecisionsInYear;
  }

  public void setClosureDecisionsInYear(int closureDecisionsInYear) {
    this.closureDecisionsInYear = closureDecisionsInYear;
  }

  public int getTransferApprovalDays() {
    return transferApprovalDays;
  }

  public void setTransferApprovalDays(int transferApprovalDays) {
    this.transferApprovalDays = transferApprovalDays;
  }

  public int getTransferHours() {
    return transferHours;
  }

  public void setTransferHours(int transferHours) {
    this.transferHours = transferHours;
  }

  public int getPoliceFilingDays() {
    return policeFilingDays;
  }

  public void setPoliceFilingDays(int policeFilingDays) {
    this.policeFilingDays = policeFilingDays;
  }

  public int getPreservationDecisionWorkingDays() {
    return preservationDecisionWorkingDays;
  }

  public void setPreservationDecisionWorkingDays(int preservationDecisionWorkingDays) {
    this.preservationDecisionWorkingDays = preservationDecisionWorkingDays;
  }

  public int getLimitationYears() {
    return limitationYears;
  }

  public void setLimitationYears(int limitationYears) {
    this.limitationYears = limitationYears;
  }

  public int getLifeHealthLimitationYears() {
    return lifeHealthLimitationYears;
  }

  public void setLifeHealthLimitationYears(int lifeHealthLimitationYears) {
    this.lifeHealthLimitationYears = lifeHealthLimitationYears;
  }

  public int getRegistrationWorkingDays() {
    return registrationWorkingDays;
  }

  public void setRegistrationWorkingDays(int registrationWorkingDays) {
    this.registrationWorkingDays = registrationWorkingDays;
  }

  public int getDecisionDays() {
    return decisionDays;
  }

  public void setDecisionDays(int decisionDays) {
    this.decisionDays = decisionDays;
  }

  public int getDecisionReminderWorkingDays() {
    return decisionReminderWorkingDays;
  }

  public void setDecisionReminderWorkingDays(int decisionReminderWorkingDays) {
    this.decisionReminderWorkingDays = decisionReminderWorkingDays;
  }

  public int getTaskWorkingDays() {
    return taskWorkingDays;
  }

  public void setTaskWorkingDays(int taskWorkingDays) {
    this.taskWorkingDays = taskWorkingDays;
  }

  public int getStatementWorkingDays() {
    return statementWorkingDays;
  }

  public void setStatementWorkingDays(int statementWorkingDays) {
    this.statementWorkingDays = statementWorkingDays;
  }

  public int getHearingNoticeWorkingDays() {
    return hearingNoticeWorkingDays;
  }

  public void setHearingNoticeWorkingDays(int hearingNoticeWorkingDays) {
    this.hearingNoticeWorkingDays = hearingNoticeWorkingDays;
  }

  public int getServiceWorkingDays() {
    return serviceWorkingDays;
  }

  public void setServiceWorkingDays(int serviceWorkingDays) {
    this.serviceWorkingDays = serviceWorkingDays;
  }

  public int getDemandWorkingDays() {
    return demandWorkingDays;
  }

  public void setDemandWorkingDays(int demandWorkingDays) {
    this.demandWorkingDays = demandWorkingDays;
  }

  public int getLitigationMonths() {
    return litigationMonths;
  }

  public void setLitigationMonths(int litigationMonths) {
    this.litigationMonths = litigationMonths;
  }

  public int getEnforcementApplicationMonths() {
    return enforcementApplicationMonths;
  }

  public void setEnforcementApplicationMonths(int enforcementApplicationMonths) {
    this.enforcementApplicationMonths = enforcementApplicationMonths;
  }
}
