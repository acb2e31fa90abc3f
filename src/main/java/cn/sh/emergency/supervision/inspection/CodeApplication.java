package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import java.time.LocalDate;
import java.util.List;

/**
 * An application for a 检查码: the case, the unit, why and when it is inspected (the plan it follows, if any), and by
 * whom.
 */
public record CodeApplication(String caseNo, String district, String enterpriseUscc, String enterpriseName,
                              InspectionBasis basis, String basisReason, String planCaseNo, String drawNo,
                              LocalDate plannedOn,
                              List<EnforcementOfficer> officers) {
}
