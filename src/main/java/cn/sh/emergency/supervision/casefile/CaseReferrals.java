package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals (移送) from one case to another lifecycle: a hazard's unit to a penalty case, an accident's findings to its
 * penalty case. A referral stays open until the case opened for it accepts it; both cases' records say so.
 */
@Service
@Transactional
public class CaseReferrals {

  /** The outcome of the records on both sides of a referral taken up by a new case, and its name. */
  public static final String ACCEPTED = "ACCEPTED";
  public static final String ACCEPTED_NAME = "已受理";

  private final CaseReferralRepository referrals;
  private final CaseRecords records;

  CaseReferrals(CaseReferralRepository referrals, CaseRecords records) {
    this.referrals = referrals;
    this.records = records;
  }

  /** Opens a referral to another lifecycle and records it. */
  public ReferralView refer(String caseNo, ReferralKind kind, String reason, RecordEntry entry) {
    return refer(caseNo, kind, reason, false, entry);
  }

  /** A referral of a unit that failed to correct in time ({@code overdueUncorrected}, 逾期未改正). */
  public ReferralView refer(String caseNo, ReferralKind kind, String reason, boolean overdueUncorrected,
                            RecordEntry entry) {
    CaseReferral referral = referrals.saveAndFlush(new CaseReferral(caseNo, kind, reason, entry.actor(),
        entry.occurredAt(), overdueUncorrected));
    records.append(caseNo, entry);
    return referral.view();
  }

  /**
   * Links an open referral to the case opened for it, on both sides: the referral names its target, and each case's
   * record says so. Refused when the referral does not exist, is of another kind or was already taken up.
   */
  public ReferralView accept(long referralId, ReferralKind kind, String targetCaseNo, RecordEntry entry) {
    CaseReferral referral = referrals.lock(referralId)
        .filter(r -> kind.name().equals(r.kind()))
        .orElseThrow(() -> new NotFoundException("未找到移送记录：" + referralId));
    if (!referral.isOpen()) {
      throw new ConflictException("该移送已立案：" + referral.view().targetCaseNo());
    }
    referral.accept(targetCaseNo);
    records.append(referral.caseNo(), new RecordEntry(RecordKind.REFERRAL, entry.occurredAt(), entry.actor(), null,
        "移送已立案：" + targetCaseNo, null, ACCEPTED, null,
        Map.of("referralId", referralId, "targetCaseNo", targetCaseNo)).withOutcomeName(ACCEPTED_NAME));
    records.append(targetCaseNo, entry);
    return referral.view();
  }

  @Transactional(readOnly = true)
  public Optional<ReferralView> find(long referralId) {
    return referrals.findById(referralId).map(CaseReferral::view);
  }

  /** Open referrals of one kind from cases of the given districts, oldest first. */
  @Transactional(readOnly = true)
  public List<ReferralView> open(ReferralKind kind, Collection<String> districts) {
    return referrals.findOpen(kind.name(), districts).stream().map(CaseReferral::view).toList();
  }

  /** Referrals that were taken up by the given case (where it came from). */
  @Transactional(readOnly = true)
  public List<ReferralView> takenUpBy(String caseNo) {
    return referrals.findByTargetCaseNoOrderByIdAsc(caseNo).stream().map(CaseReferral::view).toList();
  }

  @Transactional(readOnly = true)
  public List<ReferralView> from(String caseNo) {
    return referrals.findByCaseNoOrderByIdAsc(caseNo).stream().map(CaseReferral::view).toList();
  }
}
