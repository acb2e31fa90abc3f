package cn.sh.emergency.supervision.shared;

/** What users read where a deadline is provisional or was corrected. */
public final class ProvisionalNotice {

  /** On a task whose due date is provisional (Tasklist shows it as the task's description). */
  public static final String TASK = "暂定期限，待国务院公布节假日安排后自动校正";

  private ProvisionalNotice() {
  }

  /** The full-process record's and the task comment's words for a moved deadline. */
  public static String corrected(String previous, String corrected) {
    return "期限按正式节假日安排校正：" + previous + " → " + corrected;
  }
}
