package cn.sh.emergency.supervision.legalreview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/cases/{caseNo}/decisions}: a decision made in the case, to be published. Persons'
 * identity numbers may be sent with the decision but are never stored with the publication.
 */
public record DecisionRequest(
    @NotBlank(message = "不能为空") @Size(max = 80, message = "不能超过80字") String decisionNo,
    @NotNull(message = "不能为空") LocalDate decisionDate,
    @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过200字") String unitName,
    @Valid @Size(max = 20, message = "最多20人") List<Person> persons,
    @NotBlank(message = "不能为空") @Size(max = 4000, message = "不能超过4000字") String violation,
    @NotBlank(message = "不能为空") @Size(max = 2000, message = "不能超过2000字") String legalBasis,
    @NotBlank(message = "不能为空") @Size(max = 2000, message = "不能超过2000字") String penalty) {

  public record Person(@NotBlank(message = "不能为空") @Size(max = 50, message = "不能超过50字") String name,
                       String idNumber) {
  }
}
