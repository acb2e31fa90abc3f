package cn.sh.emergency.supervision.inspection;

/**
 * An inspected unit as a section chief states it, in a request ({@code PUT /api/enterprises/{uscc}}) or a row of an
 * imported sheet: every value as typed, checked all at once when saved. Codes or their Chinese names are both taken —
 * district {@code jingan} or 静安区, sector {@code GAS} or 燃气, risk grade {@code HIGH} or 高风险, credit grade
 * {@code A} or 诚信 — and the two flags as 是/否 or true/false (left out: 否).
 *
 * @param keySupervision 重点监管: the district supervises the unit as a key unit
 * @param jointSanction  联合惩戒: the unit is an object of the joint sanctions for dishonesty in safety production
 *                       (纳入安全生产失信联合惩戒对象)
 */
public record EnterpriseRequest(String uscc, String name, String district, String street, String sector,
                                String riskGrade, String creditGrade, String keySupervision, String jointSanction) {
}
