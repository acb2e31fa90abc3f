package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;

/** A unit as {@link EnterpriseRules} found it valid: codes in their normal form, the name in one spelling. */
record CheckedEnterprise(String uscc, String name, District district, String street, Sector sector,
                         RiskGrade riskGrade, CreditGrade creditGrade, boolean keySupervision,
                         boolean jointSanction) {
}
