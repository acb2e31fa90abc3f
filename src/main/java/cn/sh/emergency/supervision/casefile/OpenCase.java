package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Uscc;
import java.time.Instant;

/**
 * What the ledger needs to open a case; enterprise fields may be empty for cases without one, {@code street} (the
 * 街道/镇 of the place concerned) too.
 */
public record OpenCase(CaseType type, String lifecycle, District district, String street, String processInstanceId,
                       String enterpriseName, Uscc enterpriseUscc, Sector sector, Instant openedAt,
                       String actor) {
}
