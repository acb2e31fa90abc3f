package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.inspection.DrawAlgorithm;
import cn.sh.emergency.supervision.inspection.DrawView;
import cn.sh.emergency.supervision.inspection.InspectionBasis;
import cn.sh.emergency.supervision.inspection.InspectionDraws;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an announced 双随机 draw ({@link DrawAlgorithm}) and opens an inspection (basis 双随机抽查) of each unit drawn with
 * the two officers drawn for it, all in one transaction: the officers with a declared conflict of interest and those
 * of the unit's last inspection are excluded for it; a unit left without two officers is recorded as such and not
 * inspected. The inspections are opened by the system (the draw decides who inspects, not the caller).
 */
@Component
public class RandomDrawRun {

  private final InspectionDraws draws;
  private final Inspections inspections;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  RandomDrawRun(InspectionDraws draws, Inspections inspections, RuntimeService runtimeService,
                IdentityService identityService) {
    this.draws = draws;
    this.inspections = inspections;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @Transactional
  public DrawView run(String planNo, String drawNo, String actor, Instant at) {
    DrawView draw = draws.toRun(planNo, drawNo);
    Map<String, String> names = draw.pool().stream()
        .collect(Collectors.toMap(DrawView.PoolUnit::uscc, DrawView.PoolUnit::name));
    Map<String, String> certificateOf = draw.roster().stream()
        .collect(Collectors.toMap(EnforcementOfficer::userId, EnforcementOfficer::certificateNo));
    List<String> roster = draw.roster().stream().map(EnforcementOfficer::certificateNo).toList();
    Map<String, List<String>> exclusions = new LinkedHashMap<>();
    List<DrawView.DrawnUnit> result = new ArrayList<>();
    for (String uscc : DrawAlgorithm.units(draw.seed(), names.keySet().stream().sorted().toList(),
        draw.unitsRequested())) {
      Set<String> excluded = new LinkedHashSet<>();
      draws.conflictsOf(uscc).forEach(c -> excluded.add(certificateOf.get(c.userId())));
      inspections.lastInspectors(uscc).forEach(id -> excluded.add(certificateOf.get(id)));
      excluded.remove(null);
      exclusions.put(uscc, List.copyOf(excluded));
      List<String> officers = DrawAlgorithm.officers(draw.seed(), uscc, roster, excluded);
      boolean enough = officers.size() == DrawAlgorithm.OFFICERS;
      result.add(new DrawView.DrawnUnit(uscc, names.get(uscc), enough ? officers : List.of(), null,
          enough ? null : "回避后可抽取的执法人员不足两名，未安排检查"));
    }
    draws.ran(drawNo, exclusions, result, actor, at);
    for (DrawView.DrawnUnit unit : result) {
      if (!unit.officers().isEmpty()) {
        draws.opened(drawNo, unit.uscc(), open(draw, unit));
      }
    }
    return draws.find(drawNo).orElseThrow();
  }

  private String open(DrawView draw, DrawView.DrawnUnit unit) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CommonVariables.DISTRICT, draw.district());
    variables.put(CommonVariables.ENTERPRISE_USCC, unit.uscc());
    variables.put(Var.INSPECTION_BASIS, InspectionBasis.RANDOM.code());
    variables.put(Var.PLAN_NO, draw.planCaseNo());
    variables.put(Var.DRAW_NO, draw.drawNo());
    variables.put(Var.PLANNED_ON, draw.plannedOn().toString());
    variables.put(Var.INSPECTORS, String.join(",", draw.roster().stream()
        .filter(o -> unit.officers().contains(o.certificateNo())).map(EnforcementOfficer::userId).toList()));
    return SystemContext.asSystem(identityService, () -> EngineCalls.call(() -> runtimeService
        .startProcessInstanceByKey(InspectionProcess.PROCESS_KEY, variables)).getBusinessKey());
  }
}
