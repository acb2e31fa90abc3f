package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.shared.ResidentId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A principal's ban as the API and the forms show it.
 *
 * @param endsOn its last day; {@code null} for life
 * @param sector the industry a lifelong ban covers; {@code null} for any unit
 */
public record PrincipalBanView(String caseNo, String personName, String idNumber, BanBasis basis,
                               String basisDocument, LocalDate startsOn, LocalDate endsOn, String sector,
                               String recordedBy, Instant recordedAt) {

  /** Whether it still bars the person on the day (a ban whose first day is still ahead bars him as well). */
  public boolean inForceOn(LocalDate day) {
    return endsOn == null || !endsOn.isBefore(day);
  }

  /** Whether it bars the person from leading a unit of the sector (any sector when the ban covers any unit). */
  public boolean covers(String unitSector) {
    return sector == null || sector.equals(unitSector);
  }

  /** 张三（身份证号310106********1232）受刑事处罚（…），自二〇二六年三月二日起至二〇三一年三月一日不得担任任何生产经营单位的主要负责人（案件…）. */
  public String description() {
    String restriction = endsOn == null
        ? "自" + ChineseWriting.date(startsOn) + "起终身不得担任本行业生产经营单位的主要负责人"
        : "自" + ChineseWriting.date(startsOn) + "起至" + ChineseWriting.date(endsOn) + "不得担任任何生产经营单位的主要负责人";
    return personName + "（身份证号" + ResidentId.masked(idNumber) + "）" + basis.chineseName() + "（" + basisDocument + "），"
        + restriction + "（案件" + caseNo + "）";
  }
}
