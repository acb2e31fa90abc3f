package cn.sh.emergency.supervision.legalreview;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Time limits of the legal review ({@code supervision.legal-review.*}); BPMN expressions use it as
 * {@code legalReviewTimeLimits}.
 */
@Component("legalReviewTimeLimits")
@ConfigurationProperties("supervision.legal-review")
@Validated
public class LegalReviewTimeLimits {

  /** The review within these working days (local practice: 7). */
  @Min(1)
  private int reviewWorkingDays = 7;
  /** The reminder this many working days before the review is due. */
  @Min(1)
  private int reminderWorkingDays = 2;
  /** The handler supplements missing or returned material within these working days. */
  @Min(1)
  private int supplementWorkingDays = 5;
  /** Leaders coordinate a rejection, or discuss it collectively, within these working days. */
  @Min(1)
  private int coordinationWorkingDays = 5;

  /** 行政处罚决定 published within these working days of the decision (7 by default). */
  @Min(1)
  private int publicationWorkingDays = 7;

  public int getPublicationWorkingDays() {
    return publicationWorkingDays;
  }

  public void setPublicationWorkingDays(int publicationWorkingDays) {
    this.publicationWorkingDays = publicationWorkingDays;
  }

  public int getReviewWorkingDays() {
    return reviewWorkingDays;
  }

  public void setReviewWorkingDays(int reviewWorkingDays) {
    this.reviewWorkingDays = reviewWorkingDays;
  }

  public int getReminderWorkingDays() {
    return reminderWorkingDays;
  }

  public void setReminderWorkingDays(int reminderWorkingDays) {
    this.reminderWorkingDays = reminderWorkingDays;
  }

  public int getSupplementWorkingDays() {
    return supplementWorkingDays;
  }

  public void setSupplementWorkingDays(int supplementWorkingDays) {
    this.supplementWorkingDays = supplementWorkingDays;
  }

  public int getCoordinationWorkingDays() {
    return coordinationWorkingDays;
  }

  public void setCoordinationWorkingDays(int coordinationWorkingDays) {
    this.coordinationWorkingDays = coordinationWorkingDays;
  }
}
