package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双随机 draws of a plan and the officers' conflicts of interest. A draw is announced first: its seed is fixed and
 * published together with the pool (the plan's units) and the roster (the district's certified officers), frozen;
 * only then is it run, once ({@link DrawAlgorithm}), so that nobody can try seeds until a result suits, and anyone can
 * re-run it from what the draw publishes. Both steps are written to the plan's full-process record.
 */
@Service
@Transactional
public class InspectionDraws {

  private final InspectionDrawRepository draws;
  private final OfficerConflictRepository conflicts;
  private final InspectionPlans plans;
  private final DistrictPeople people;
  private final CaseRecords caseRecords;
  private final SecureRandom random = new SecureRandom();

  InspectionDraws(InspectionDrawRepository draws, OfficerConflictRepository conflicts, InspectionPlans plans,
                  DistrictPeople people, CaseRecords caseRecords) {
    this.draws = draws;
    this.conflicts = conflicts;
    this.plans = plans;
    this.people = people;
    this.caseRecords = caseRecords;
  }

  /**
   * Announces a draw of {@code units} of the plan's units, to be inspected from the day: 409 for a plan not in force
   * or without two certified officers, 400 for a count beyond the pool or a day outside the plan's period.
   */
  public DrawView announce(String planNo, int units, LocalDate plannedOn, String actor, Instant at) {
    InspectionPlanView plan = plans.find(planNo).filter(InspectionPlanView::inForce)
        .orElseThrow(() -> new ConflictException("检查计划不存在或者尚未批准，不能双随机抽取：" + planNo));
    List<DrawView.PoolUnit> pool = plans.entries(planNo).stream()
        .map(e -> new DrawView.PoolUnit(e.uscc(), e.enterpriseName())).toList();
    if (units < 1 || units > pool.size()) {
      throw new InvalidInputException("抽取的单位数应在1至" + pool.size() + "家之间（计划检查范围内的单位数）");
    }
    if (!plan.covers(plannedOn)) {
      throw new InvalidInputException("检查日期应在检查计划的期间（" + plan.periodFrom() + "至" + plan.periodTo() + "）内");
    }
    List<EnforcementOfficer> roster = people.of(StaffRole.OFFICER, plan.district()).stream()
        .filter(p -> p.certificateNo() != null)
        .map(p -> new EnforcementOfficer(p.id(), p.name(), p.certificateNo()))
        .sorted(Comparator.comparing(EnforcementOfficer::certificateNo)).toList();
    if (roster.size() < DrawAlgorithm.OFFICERS) {
      throw new ConflictException("本区持执法证的执法人员不足两名，不能双随机抽取");
    }
    String drawNo = planNo + "-SJ" + (draws.countByPlanCaseNo(planNo) + 1);
    String seed = HexFormat.of().formatHex(random.generateSeed(32));
    DrawView draw = draws.save(new InspectionDraw(drawNo, planNo, plan.district(), seed, units, plannedOn, pool,
        roster, actor, at)).view();
    caseRecords.append(planNo, new RecordEntry(RecordKind.DECISION, at, actor, null, "双随机抽取（公布种子）", null,
        "DRAW_ANNOUNCED", "抽取" + units + "家（检查范围" + pool.size() + "家，执法人员" + roster.size() + "名），种子" + seed,
        Map.of("drawNo", drawNo, "seed", seed)).withOutcomeName("公布抽取种子"));
    return draw;
  }

  /** The announced draw to run, locked; 404 for another plan's or an unknown one, 409 when it ran already. */
  public DrawView toRun(String planNo, String drawNo) {
    DrawView draw = draws.lockByDrawNo(drawNo).map(InspectionDraw::view).filter(d -> d.planCaseNo().equals(planNo))
        .orElseThrow(() -> new NotFoundException("抽取不存在：" + drawNo));
    if (draw.run()) {
      throw new ConflictException("该次抽取已经进行，不能重复抽取：" + drawNo);
    }
    return draw;
  }

  /** What the run drew (and which case each unit opened), written to the plan's record. */
  public DrawView ran(String drawNo, Map<String, List<String>> exclusions, List<DrawView.DrawnUnit> result,
                      String actor, Instant at) {
    InspectionDraw draw = draws.findByDrawNo(drawNo).orElseThrow();
    draw.ran(exclusions, result, actor, at);
    DrawView view = draw.view();
    caseRecords.append(view.planCaseNo(), new RecordEntry(RecordKind.DECISION, at, actor, null, "双随机抽取", null,
        "DRAWN", "抽中" + result.size() + "家：" + String.join("、", result.stream().map(u -> u.name()
            + "（" + (u.officers().isEmpty() ? u.note() : "执法证号" + String.join("、", u.officers())) + "）")
            .toList()),
        Map.of("drawNo", drawNo)).withOutcomeName("抽取完成"));
    return view;
  }

  /** The inspection case the draw opened for a unit it drew. */
  public void opened(String drawNo, String uscc, String caseNo) {
    InspectionDraw draw = draws.findByDrawNo(drawNo).orElseThrow();
    DrawView view = draw.view();
    draw.ran(view.exclusions(), view.result().stream().map(u -> u.uscc().equals(uscc)
        ? new DrawView.DrawnUnit(u.uscc(), u.name(), u.officers(), caseNo, u.note()) : u).toList(),
        view.drawnBy(), view.drawnAt());
  }

  @Transactional(readOnly = true)
  public Optional<DrawView> find(String drawNo) {
    return draws.findByDrawNo(drawNo).map(InspectionDraw::view);
  }

  /** The draw as published; an unknown one is 404. */
  @Transactional(readOnly = true)
  public PublicDraw published(String drawNo) {
    DrawView draw = find(drawNo).orElseThrow(() -> new NotFoundException("抽取不存在：" + drawNo));
    return PublicDraw.of(draw, ChineseWriting.bureau(District.of(draw.district())));
  }

  @Transactional(readOnly = true)
  public List<DrawView> ofPlan(String planNo) {
    return draws.findByPlanCaseNoOrderByIdAsc(planNo).stream().map(InspectionDraw::view).toList();
  }

  /** Declares an officer's conflict of interest with a unit (回避): he is never drawn for it. Idempotent. */
  public ConflictView declareConflict(String userId, String uscc, String reason, String actor, Instant at) {
    return conflicts.findByUserIdAndUscc(userId, uscc).map(OfficerConflict::view)
        .orElseGet(() -> conflicts.save(new OfficerConflict(userId, uscc, reason, actor, at)).view());
  }

  @Transactional(readOnly = true)
  public List<ConflictView> conflictsOf(String uscc) {
    return conflicts.findByUsccOrderByUserIdAsc(uscc).stream().map(OfficerConflict::view).toList();
  }
}
