package cn.sh.emergency.supervision.accident;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Time limits of the accident investigation ({@code supervision.accident.time-limits.*}; 国务院令第493号 art. 29,
 * 32; 安全生产法 art. 86); BPMN expressions use it as {@code accidentTimeLimits}.
 */
@Component("accidentTimeLimits")
@ConfigurationProperties("supervision.accident.time-limits")
@Validated
public class AccidentTimeLimits {

  /** The investigation report within these days of the accident (art. 29: 60). */
  @Min(1)
  private int reportDays = 60;
  /** Extensions of the report period together at most these days (art. 29: 60). */
  @Min(0)
  private int maxExtensionDays = 60;
  /** The reminder this many working days before the report is due (local practice). */
  @Min(1)
  private int reminderWorkingDays = 10;
  /** 批复 within these days of receiving the report (art. 32: 15) … */
  @Min(1)
  private int approvalDays = 15;
  /** … for an extraordinary accident 30 (extendable by 30). */
  @Min(1)
  private int approvalDaysExtraordinary = 30;
  /** … and once extended, these days more (art. 32: 30). */
  @Min(1)
  private int approvalExtensionDays = 30;
  /** The evaluation of rectification this many months after approval (安全生产法 art. 86: one year). */
  @Min(1)
  private int evaluationMonths = 12;
  /** The evaluation task opens this many days before the anniversary, so it is done within the year (art. 86). */
  @Min(1)
  private int evaluationLeadDays = 60;
  /** Other tasks of the case (local practice). */
  @Min(1)
  private int taskWorkingDays = 5;

  public int getReportDays() {
    return reportDays;
  }

  public void setReportDays(int reportDays) {
    this.reportDays = reportDays;
  }

  public int getMaxExtensionDays() {
    return maxExtensionDays;
  }

  public void setMaxExtensionDays(int maxExtensionDays) {
    this.maxExtensionDays = maxExtensionDays;
  }

  public int getReminderWorkingDays() {
    return reminderWorkingDays;
  }

  public void setReminderWorkingDays(int reminderWorkingDays) {
    this.reminderWorkingDays = reminderWorkingDays;
  }

  public int getApprovalDays() {
    return approvalDays;
  }

  public void setApprovalDays(int approvalDays) {
    this.approvalDays = approvalDays;
  }

  public int getApprovalDaysExtraordinary() {
    return approvalDaysExtraordinary;
  }

  public void setApprovalDaysExtraordinary(int approvalDaysExtraordinary) {
    this.approvalDaysExtraordinary = approvalDaysExtraordinary;
  }

  public int getApprovalExtensionDays() {
    return approvalExtensionDays;
  }

  public void setApprovalExtensionDays(int approvalExtensionDays) {
    this.approvalExtensionDays = approvalExtensionDays;
  }

  public int getEvaluationMonths() {
    return evaluationMonths;
  }

  public void setEvaluationMonths(int evaluationMonths) {
    this.evaluationMonths = evaluationMonths;
  }

  public int getEvaluationLeadDays() {
    return evaluationLeadDays;
  }

  public void setEvaluationLeadDays(int evaluationLeadDays) {
    this.evaluationLeadDays = evaluationLeadDays;
  }

  public int getTaskWorkingDays() {
    return taskWorkingDays;
  }

  public void setTaskWorkingDays(int taskWorkingDays) {
    this.taskWorkingDays = taskWorkingDays;
  }
}
