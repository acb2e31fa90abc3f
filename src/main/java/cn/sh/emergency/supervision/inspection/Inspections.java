package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.penalty.Investigators;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections of inspection cases: the 检查码 issued on application, the on-site inspection, each finding
 * (counted in the ledger for 每千家次检查发现违法行为), a code voided when its time ran out, and the unit's evaluation from
 * the public page (once, after the inspection), written to the case's record.
 */
@Service
@Transactional
public class Inspections {

  /** 检查码: "JC" and 12 characters of Crockford's base 32 (no I, L, O, U): 60 random bits, not guessable. */
  static final String CODE_PREFIX = "JC";
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int CODE_LENGTH = 12;

  private final InspectionRepository inspections;
  private final InspectionFindingRepository findings;
  private final CaseFile caseFile;
  private final CaseRecords caseRecords;
  private final SecureRandom random = new SecureRandom();

  Inspections(InspectionRepository inspections, InspectionFindingRepository findings, CaseFile caseFile,
              CaseRecords caseRecords) {
    this.inspections = inspections;
    this.findings = findings;
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  /** Issues the case's 检查码, valid to the given day. */
  public InspectionView issueCode(CodeApplication application, LocalDate validUntil, Instant at) {
    if (inspections.findByCaseNo(application.caseNo()).isPresent()) {
      throw new ConflictException("本案已赋检查码：" + application.caseNo());
    }
    String code;
    do {
      code = newCode();
    } while (inspections.findByCode(code).isPresent());
    return inspections.save(new Inspection(application, code, validUntil, Investigators.toJson(application.officers()), at))
        .view();
  }

  public void inspected(String caseNo, Instant startedAt, Instant endedAt, InspectionResult result) {
    locked(caseNo).inspected(startedAt, endedAt, result);
  }

  /** Records a finding as the case's next one and counts it in the ledger; its number. */
  public int recordFinding(String caseNo, Finding finding, String actor, Instant at) {
    int seq = locked(caseNo).findingRecorded();
    findings.save(new InspectionFinding(caseNo, seq, finding, actor, at));
    caseFile.recordFinding(caseNo);
    return seq;
  }

  /** Where the finding went: the hazard case it opened, the penalty referral it made. */
  public void handedOver(String caseNo, int seq, String hazardCaseNo, Long referralId) {
    findings.findByCaseNoOrderBySeqAsc(caseNo).stream().filter(f -> f.view().seq() == seq).findFirst()
        .orElseThrow(() -> new NotFoundException("未找到检查发现：" + caseNo + " 第" + seq + "项"))
        .handedOver(hazardCaseNo, referralId);
  }

  public void voidCode(String caseNo) {
    locked(caseNo).voided();
  }

  @Transactional(readOnly = true)
  public Optional<InspectionView> ofCase(String caseNo) {
    return inspections.findByCaseNo(caseNo).map(Inspection::view);
  }

  @Transactional(readOnly = true)
  public List<FindingView> findings(String caseNo) {
    return findings.findByCaseNoOrderBySeqAsc(caseNo).stream().map(InspectionFinding::view).toList();
  }

  /** The officers of the unit's latest inspection (that was held): none are drawn for it twice running. */
  @Transactional(readOnly = true)
  public List<String> lastInspectors(String uscc) {
    return inspections.findFirstByEnterpriseUsccAndStatusOrderByCodedAtDesc(uscc, InspectionStatus.INSPECTED)
        .map(i -> i.view().officers().stream().map(o -> o.userId()).toList()).orElse(List.of());
  }

  /** Whether the draw opened an inspection of the unit already. */
  @Transactional(readOnly = true)
  public boolean drawn(String drawNo, String uscc) {
    return inspections.existsByDrawNoAndEnterpriseUscc(drawNo, uscc);
  }

  /** The code's public page; an unknown code is 404. */
  @Transactional(readOnly = true)
  public PublicInspection publicView(String code) {
    InspectionView inspection = inspections.findByCode(normalised(code)).map(Inspection::view)
        .orElseThrow(() -> unknownCode(code));
    return new PublicInspection(inspection.code(), ChineseWriting.bureau(District.of(inspection.district())),
        inspection.enterpriseName(), inspection.basis().chineseName(), inspection.plannedOn(),
        inspection.validUntil(),
        inspection.officers().stream().map(o -> new PublicInspection.Officer(o.name(), o.certificateNo())).toList(),
        inspection.status().code(), inspection.status().chineseName(),
        inspection.startedAt() == null ? null : BureauTime.dayOf(inspection.startedAt()),
        inspection.status() == InspectionStatus.INSPECTED && inspection.evaluation() == null,
        inspection.evaluation() == null ? null : inspection.evaluation().chineseName(), PublicInspection.RIGHTS);
  }

  /**
   * The inspected unit's evaluation (扫码评价), once, after the inspection: 409 before it or when given already (or
   * the code was voided), 404 for an unknown code. Written to the case's record.
   */
  public void evaluate(String code, EvaluationRating rating, String comment, Instant at) {
    Inspection inspection = inspections.lockByCode(normalised(code)).orElseThrow(() -> unknownCode(code));
    if (inspection.status() != InspectionStatus.INSPECTED) {
      throw new ConflictException("检查尚未进行或者检查码已作废，暂不能评价");
    }
    if (inspection.evaluation() != null) {
      throw new ConflictException("本次检查已评价，不能重复评价");
    }
    inspection.evaluated(rating, comment, at);
    caseRecords.append(inspection.caseNo(), new RecordEntry(RecordKind.EVALUATION, at, null, null,
        RecordKind.EVALUATION.chineseName(), null, rating.code(), comment,
        Map.of(RecordEntry.OUTCOME_NAME, rating.chineseName())));
  }

  private Inspection locked(String caseNo) {
    return inspections.lockByCaseNo(caseNo).orElseThrow(() -> new NotFoundException("本案没有检查码：" + caseNo));
  }

  private String newCode() {
    StringBuilder code = new StringBuilder(CODE_PREFIX);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  private static String normalised(String code) {
    return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
  }

  private static NotFoundException unknownCode(String code) {
    return new NotFoundException("检查码不存在，请核实：" + (code == null ? "" : code.trim()));
  }
}
