package cn.sh.emergency.supervision.inspection;

/**
 * One unit of an imported sheet and the row it stands in, numbered as the spreadsheet numbers it (the header is row
 * 1), so that a refusal names the rows to correct.
 */
public record EnterpriseRow(int number, EnterpriseRequest request) {
}
