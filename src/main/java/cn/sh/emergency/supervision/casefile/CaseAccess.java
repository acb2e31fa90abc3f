package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.shared.CaseNumber;
import cn.sh.emergency.supervision.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A case as the current user of an {@code /api} request may see it. Another district's case is reported exactly like a case that does not
 * exist (404), so case numbers cannot be probed; a malformed number is a 400.
 */
@Component
public class CaseAccess {

  private final CaseFile caseFile;
  private final CurrentUser currentUser;

  CaseAccess(CaseFile caseFile, CurrentUser currentUser) {
    this.caseFile = caseFile;
    this.currentUser = currentUser;
  }

  public CaseSummary visible(String caseNo) {
    CaseNumber.parse(caseNo);
    return caseFile.find(caseNo)
        .filter(summary -> currentUser.get().canSee(summary.district()))
        .orElseThrow(() -> new NotFoundException("案件不存在或无权查看：" + caseNo));
  }
}
