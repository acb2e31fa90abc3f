package cn.sh.emergency.supervision.penalty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An interview (询问) as the officers recorded it: who was heard and how he relates to the case, when (China Standard
 * Time) and where, the two officers who asked (user ids, each holding an enforcement certificate), which of them
 * wrote the record, and the questions and answers in order.
 */
public record InterviewRequest(
    @NotBlank(message = "请填写被询问人姓名") @Size(max = 100, message = "姓名不能超过100字") String name,
    @NotBlank(message = "请选择被询问人性别") @Pattern(regexp = "男|女", message = "性别应为男或者女") String gender,
    @NotBlank(message = "请填写被询问人身份证号码") String idNumber,
    @Size(max = 200, message = "工作单位不能超过200字") String employer,
    @Size(max = 100, message = "职务不能超过100字") String position,
    @Size(max = 40, message = "联系电话不能超过40字") String phone,
    @Size(max = 300, message = "住址不能超过300字") String address,
    @NotBlank(message = "请填写被询问人与本案的关系") @Size(max = 200, message = "与本案的关系不能超过200字") String relation,
    @NotBlank(message = "请填写询问地点") @Size(max = 300, message = "询问地点不能超过300字") String place,
    @NotNull(message = "请填写询问开始时间") LocalDateTime startedAt,
    @NotNull(message = "请填写询问结束时间") LocalDateTime endedAt,
    @NotEmpty(message = "请填写询问人") List<String> officers,
    @NotBlank(message = "请填写记录人") String recorder,
    @NotEmpty(message = "请填写询问的问题和回答") @Size(max = 200, message = "一份笔录最多200问") List<@Valid QuestionAndAnswer> questions) {
}
