package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 任职限制 (安全生产法 art. 94 para. 3): the bans on principals (主要负责人) penalised in the district's cases, recorded
 * from the case (a criminal penalty from the crime transfer's outcome, a dismissal from the handler, responsibility for
 * a major or extraordinary accident from the principal's decision), and checked whenever a case names a principal:
 * a banned person leading a unit is flagged on the case. Each ban is written to its case's full-process record.
 */
@Service
@Transactional
public class PrincipalBans {

  private final PrincipalBanRepository bans;
  private final PenaltyPartyRepository parties;
  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  PrincipalBans(PrincipalBanRepository bans, PenaltyPartyRepository parties, CaseFile caseFile,
                CaseRecords caseRecords) {
    this.bans = bans;
    this.parties = parties;
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  /**
   * The principal of the case a ban would apply to: the party of the given number, or the case's only principal when
   * none is given. 409 when there is none or he has no identity number on the case; 400 for a party who is not the
   * principal.
   */
  @Transactional(readOnly = true)
  public PartyView principal(String caseNo, Integer partyNo) {
    List<PartyView> principals = parties.findByCaseNoOrderByPartyNoAsc(caseNo).stream().map(PenaltyParty::view)
        .filter(p -> partyNo == null ? p.kind() == PartyKind.PRINCIPAL : p.partyNo() == partyNo).toList();
    if (principals.isEmpty()) {
      throw partyNo == null ? new ConflictException("本案没有登记主要负责人，不能登记任职限制：" + caseNo)
          : new NotFoundException("本案没有第" + partyNo + "个当事人：" + caseNo);
    }
    if (principals.size() > 1) {
      throw new InvalidInputException("本案登记了" + principals.size() + "个主要负责人，请指定当事人序号");
    }
    PartyView principal = principals.get(0);
    if (principal.kind() != PartyKind.PRINCIPAL) {
      throw new InvalidInputException("任职限制只适用于主要负责人（安全生产法第九十四条第三款），第" + partyNo + "个当事人是"
          + principal.kind().chineseName());
    }
    if (principal.idNumber() == null || principal.idNumber().isBlank()) {
      throw new ConflictException("主要负责人" + principal.name() + "没有登记身份证号，不能登记任职限制");
    }
    return principal;
  }

  /**
   * Records (or restates, e.g. after a sentence was shortened) the ban of the principal on a ground: from its first
   * day (the end of the sentence, the day of the dismissal, the day of the decision) five years, or for life in the
   * case's industry.
   */
  public PrincipalBanView record(PartyView principal, BanBasis basis, String basisDocument, LocalDate startsOn,
                                 String actor, Instant at) {
    Optional<PrincipalBan> earlier = bans.findByPartyIdAndBasis(principal.id(), basis);
    boolean restated = earlier.isPresent();
    PrincipalBan ban = earlier.orElseGet(() -> new PrincipalBan(principal, basis));
    String sector = caseFile.find(principal.caseNo()).map(CaseSummary::sector).orElse(null);
    ban.state(basisDocument, startsOn, sector, actor, at);
    PrincipalBanView view = bans.save(ban).view();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("party", principal.name());
    details.put("basis", basis.code());
    details.put("startsOn", startsOn.toString());
    details.put("endsOn", view.endsOn() == null ? "终身" : view.endsOn().toString());
    caseRecords.append(principal.caseNo(), new RecordEntry(RecordKind.PRINCIPAL_BAN, at, actor, null,
        RecordKind.PRINCIPAL_BAN.chineseName(), null, basis.code(), (restated ? "更正：" : "") + view.description(),
        details).withOutcomeName(basis.chineseName()));
    return view;
  }

  /**
   * The principal's decision is taken in an accident case: responsibility for a major or extraordinary accident bars
   * him for life from leading a unit of the industry, from the day of the decision.
   */
  public void afterDecision(Long partyId, String accidentGrade, String decisionNo, String actor, Instant at) {
    PartyView party = parties.findById(partyId).orElseThrow().view();
    boolean major = AccidentGrade.MAJOR.code().equals(accidentGrade)
        || AccidentGrade.EXTRAORDINARY.code().equals(accidentGrade);
    if (major && party.kind() == PartyKind.PRINCIPAL && party.idNumber() != null && !party.idNumber().isBlank()) {
      record(party, BanBasis.MAJOR_ACCIDENT, "行政处罚决定书" + decisionNo, party.decidedOn(), actor, at);
    }
  }

  /** The person's bans not yet over on the day, recorded in any case of any district. */
  @Transactional(readOnly = true)
  public List<PrincipalBanView> inForce(String idNumber, LocalDate on) {
    return bans.findByIdNumberOrderByStartsOnAsc(idNumber).stream().map(PrincipalBan::view)
        .filter(b -> b.inForceOn(on)).toList();
  }

  @Transactional(readOnly = true)
  public List<PrincipalBanView> ofCase(String caseNo) {
    return bans.findByCaseNoOrderByIdAsc(caseNo).stream().map(PrincipalBan::view).toList();
  }

  /**
   * What a case must know of the principals it names: each ban in force on the day, recorded in another case, that
   * bars the person from leading this unit (any unit, or one of the case's industry). Empty when none.
   */
  @Transactional(readOnly = true)
  public List<String> conflicts(String caseNo, List<Party> named, String sector, LocalDate on) {
    List<String> found = new ArrayList<>();
    for (Party party : named) {
      if (party.kind() == PartyKind.PRINCIPAL && party.idNumber() != null && !party.idNumber().isBlank()) {
        inForce(party.idNumber(), on).stream()
            .filter(b -> !b.caseNo().equals(caseNo) && b.covers(sector))
            .forEach(b -> found.add(b.description()));
      }
    }
    return found;
  }
}
