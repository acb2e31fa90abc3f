package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An inspection as case workers see it. */
public record InspectionView(String caseNo, String code, String planCaseNo, String drawNo, String district,
                             String enterpriseUscc, String enterpriseName, InspectionBasis basis, String basisReason,
                             LocalDate plannedOn, LocalDate validUntil, List<EnforcementOfficer> officers,
                             InspectionStatus status, Instant codedAt, Instant startedAt, Instant endedAt, InspectionResult result,
                             int findingCount, EvaluationRating evaluation, String evaluationComment,
                             Instant evaluatedAt) {

  @JsonProperty
  public String basisName() {
    return basis.chineseName();
  }

  @JsonProperty
  public String statusName() {
    return status.chineseName();
  }
}
