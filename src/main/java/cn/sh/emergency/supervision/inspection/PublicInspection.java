package cn.sh.emergency.supervision.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What the 检查码's public page shows anyone who scans it: who inspects whom, why and when, whether the code is
 * valid, the officers by name and certificate number, the unit's rights, and whether it has evaluated the inspection.
 * No user ids, no case number.
 */
public record PublicInspection(String code, String bureau, String enterpriseName, String basisName,
                               LocalDate plannedOn, LocalDate validUntil, List<Officer> officers, String status,
                               String statusName, LocalDate inspectedOn, boolean evaluable, String evaluationName,
                               List<String> rights) {

  /** An officer as the public sees him. */
  public record Officer(String name, String certificateNo) {
  }

  /** 被检查单位的权利, as the page and the inspection notice list them. */
  public static final List<String> RIGHTS = List.of(
      "要求执法人员出示执法证件并核验检查码；执法人员少于两人、未出示执法证件或者无检查码的，有权拒绝检查",
      "认为执法人员与本单位有直接利害关系或者其他关系可能影响公正执法的，有权申请回避",
      "对检查发现的问题和拟作出的处理有权陈述、申辩；对行政处罚决定不服的，有权依法申请行政复议或者提起行政诉讼",
      "检查结束后有权通过本页面对本次检查进行评价；对执法人员的违法违纪行为，有权向本机关投诉，或者拨打12345市民服务热线反映");
}
