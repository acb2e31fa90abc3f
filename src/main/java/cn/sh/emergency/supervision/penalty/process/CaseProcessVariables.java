package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables a process started for an existing penalty case begins with (先行登记保存, 移送, 复议或诉讼, 延期或分期):
 * the case's number, district (its tenant) and enterprise, which its forms show and its record is written under.
 */
final class CaseProcessVariables {

  private CaseProcessVariables() {
  }

  static Map<String, Object> of(CaseSummary penaltyCase) {
    return of(penaltyCase.caseNo(), penaltyCase.district(), penaltyCase.enterpriseName());
  }

  static Map<String, Object> of(String caseNo, String district, String enterpriseName) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.CASE_NO, caseNo);
    variables.put(CommonVariables.DISTRICT, district);
    variables.put(CommonVariables.ENTERPRISE_NAME, enterpriseName);
    return variables;
  }
}
