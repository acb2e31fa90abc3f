package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.DeadlineCorrected;
import cn.sh.emergency.supervision.shared.ProvisionalNotice;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A provisional deadline recomputed on the official calendar: the ledger row follows it, and a moved one becomes an
 * entry of the case's full-process record ("期限按正式节假日安排校正：旧 → 新"), in the transaction that moved it.
 */
@Component
class DeadlineCorrectionRecords {

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  DeadlineCorrectionRecords(CaseFile caseFile, CaseRecords caseRecords) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @EventListener
  public void onCorrected(DeadlineCorrected correction) {
    if (correction.caseNo() == null) {
      return;
    }
    caseFile.correctDeadline(correction.caseNo(), correction.previous(), correction.corrected(),
        correction.stillProvisional());
    if (correction.moved()) {
      caseRecords.append(correction.caseNo(), new RecordEntry(RecordKind.DEADLINE_CORRECTED, EngineClock.now(),
          EngineUsers.SYSTEM, correction.activityId(), correction.step(), correction.processInstanceId(), null,
          ProvisionalNotice.corrected(day(correction.previous()), day(correction.corrected())),
          Map.of("previous", correction.previous().toString(), "corrected", correction.corrected().toString(),
              "stillProvisional", correction.stillProvisional())));
    }
  }

  private String day(java.time.Instant instant) {
    return BureauTime.dayOf(instant).toString();
  }
}
