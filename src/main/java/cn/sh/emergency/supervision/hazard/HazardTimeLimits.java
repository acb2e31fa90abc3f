package cn.sh.emergency.supervision.hazard;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Time limits of the hazard loop, in configuration ({@code supervision.hazard.*}) so a change in the rules needs
 * no release. BPMN expressions use it as {@code hazardTimeLimits}, e.g.
 * {@code ${deadline.workingDays(now(), hazardTimeLimits.verificationWorkingDays)}}.
 */
@Component("hazardTimeLimits")
@ConfigurationProperties("supervision.hazard")
@Validated
public class HazardTimeLimits {

  /** 核查: working days from the report. */
  @Min(1)
  private int verificationWorkingDays = 5;
  /** 挂牌督办通知 drafted within these working days. */
  @Min(1)
  private int listingDraftWorkingDays = 3;
  /** A leader's approval (listing, extension) within these working days. */
  @Min(1)
  private int approvalWorkingDays = 3;
  /** The rectification plan recorded within these working days. */
  @Min(1)
  private int planWorkingDays = 5;
  /** The handler decides on an overdue hazard within these working days. */
  @Min(1)
  private int overdueDecisionWorkingDays = 3;
  /** The reminder fires this many working days before the rectification deadline. */
  @Min(1)
  private int reminderWorkingDays = 3;
  /** 复查验收 within these calendar days of the completion report. */
  @Min(1)
  private int acceptanceDays = 10;

  public int getVerificationWorkingDays() {
    return verificationWorkingDays;
  }

  public void setVerificationWorkingDays(int verificationWorkingDays) {
    this.verificationWorkingDays = verificationWorkingDays;
  }

  public int getListingDraftWorkingDays() {
    return listingDraftWorkingDays;
  }

  public void setListingDraftWorkingDays(int listingDraftWorkingDays) {
    this.listingDraftWorkingDays = listingDraftWorkingDays;
  }

  public int getApprovalWorkingDays() {
    return approvalWorkingDays;
  }

  public void setApprovalWorkingDays(int approvalWorkingDays) {
    this.approvalWorkingDays = approvalWorkingDays;
  }

  public int getPlanWorkingDays() {
    return planWorkingDays;
  }

  public void setPlanWorkingDays(int planWorkingDays) {
    this.planWorkingDays = planWorkingDays;
  }

  public int getOverdueDecisionWorkingDays() {
    return overdueDecisionWorkingDays;
  }

  public void setOverdueDecisionWorkingDays(int overdueDecisionWorkingDays) {
    this.overdueDecisionWorkingDays = overdueDecisionWorkingDays;
  }

  public int getReminderWorkingDays() {
    return reminderWorkingDays;
  }

  public void setReminderWorkingDays(int reminderWorkingDays) {
    this.reminderWorkingDays = reminderWorkingDays;
  }

  public int getAcceptanceDays() {
    return acceptanceDays;
  }

  public void setAcceptanceDays(int acceptanceDays) {
    this.acceptanceDays = acceptanceDays;
  }
}
