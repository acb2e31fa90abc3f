package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import cn.sh.emergency.supervision.shared.PartyNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of inspected units (被检查单位) and their "风险+信用" classification (分类分级): one unit per unified
 * social credit code, in one district. A unit is stated whole, by a request or by a row of an imported sheet, and
 * checked first ({@link EnterpriseRules}); whoever states it must be allowed to keep the units of its district — the
 * district it belongs to and, for a unit it moves, the one it leaves. An import is all or nothing.
 */
@Service
@Transactional
public class Enterprises {

  /** Codes looked up per query while importing. */
  private static final int LOOKUP_CHUNK = 1_000;

  private final EnterpriseRepository enterprises;

  Enterprises(EnterpriseRepository enterprises) {
    this.enterprises = enterprises;
  }

  @Transactional(readOnly = true)
  public Optional<EnterpriseView> find(String uscc) {
    return enterprises.findByUscc(PartyNames.code(uscc)).map(Enterprise::view);
  }

  /** The units of the districts, by code; sector (a code), risk grade and 重点监管 narrow them when given. */
  @Transactional(readOnly = true)
  public List<EnterpriseView> list(Collection<String> districts, String sector, RiskGrade risk,
                                   Boolean keySupervision) {
    if (districts.isEmpty()) {
      return List.of();
    }
    return enterprises.findAll(EnterpriseSpecifications.matching(districts, sector, risk, keySupervision),
        Sort.by("uscc")).stream().map(Enterprise::view).toList();
  }

  /** Registers or restates a unit on behalf of the system, in whichever district; 400 naming every problem. */
  public EnterpriseView save(EnterpriseRequest request, String actor) {
    return save(request, district -> true, actor);
  }

  /**
   * Registers or restates a unit by its code for a user who may keep the units of the districts {@code mayKeep}
   * accepts; 400 naming every problem, 403 for a unit of another district.
   */
  public EnterpriseView save(EnterpriseRequest request, Predicate<String> mayKeep, String actor) {
    CheckedEnterprise stated = EnterpriseRules.checked(request);
    Optional<Enterprise> registered = enterprises.findByUscc(stated.uscc());
    if (!mayKeep.test(stated.district().code())) {
      throw new ForbiddenException("无权维护" + stated.district().chineseName() + "的被检查单位");
    }
    if (registered.isPresent() && !mayKeep.test(registered.get().district())) {
      throw new ForbiddenException("无权维护该单位：统一社会信用代码" + stated.uscc() + "的单位属于其他区");
    }
    Enterprise enterprise = registered.orElseGet(() -> new Enterprise(stated.uscc()));
    enterprise.state(stated, actor, BureauTime.now());
    return written(() -> enterprises.saveAndFlush(enterprise)).view();
  }

  /**
   * Registers or restates every unit of a sheet, or none: 400 naming each bad row, 403 naming the rows of units of
   * districts {@code mayKeep} does not accept (by the row or by the unit already registered).
   */
  public ImportResult importRows(List<EnterpriseRow> rows, Predicate<String> mayKeep, String actor) {
    List<EnterpriseRules.CheckedRow> checked = EnterpriseRules.checkedRows(rows);
    Map<String, Enterprise> registered = registered(checked.stream().map(r -> r.enterprise().uscc()).toList());
    List<String> refused = new ArrayList<>();
    for (EnterpriseRules.CheckedRow row : checked) {
      Enterprise already = registered.get(row.enterprise().uscc());
      if (!mayKeep.test(row.enterprise().district().code())) {
        refused.add("第" + row.number() + "行（" + row.enterprise().district().chineseName() + "）");
      } else if (already != null && !mayKeep.test(already.district())) {
        refused.add("第" + row.number() + "行（该单位属于其他区）");
      }
    }
    if (!refused.isEmpty()) {
      throw new ForbiddenException("无权维护其他区的被检查单位，未导入任何单位："
          + EnterpriseRules.named(refused, "、"));
    }
    Instant now = BureauTime.now();
    List<Enterprise> stated = new ArrayList<>();
    int created = 0;
    for (EnterpriseRules.CheckedRow row : checked) {
      Enterprise enterprise = registered.get(row.enterprise().uscc());
      if (enterprise == null) {
        enterprise = new Enterprise(row.enterprise().uscc());
        created++;
      }
      enterprise.state(row.enterprise(), actor, now);
      stated.add(enterprise);
    }
    written(() -> enterprises.saveAllAndFlush(stated));
    return new ImportResult(created, stated.size() - created);
  }

  private Map<String, Enterprise> registered(List<String> usccs) {
    Map<String, Enterprise> registered = new HashMap<>();
    for (int from = 0; from < usccs.size(); from += LOOKUP_CHUNK) {
      enterprises.findByUsccIn(usccs.subList(from, Math.min(from + LOOKUP_CHUNK, usccs.size())))
          .forEach(e -> registered.put(e.uscc(), e));
    }
    return registered;
  }

  /** Written at once; a unit someone registered meanwhile under the same code is a conflict (409). */
  private static <T> T written(Supplier<T> write) {
    try {
      return write.get();
    } catch (DataIntegrityViolationException registeredMeanwhile) {
      throw new ConflictException("有单位正由他人同时登记，请重新提交");
    }
  }
}
