package cn.sh.emergency.supervision.penalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One question of an interview and the answer as the person gave it (问：… 答：…). */
public record QuestionAndAnswer(
    @NotBlank(message = "请填写询问的问题") @Size(max = 2000, message = "问题不能超过2000字") String question,
    @NotBlank(message = "请填写被询问人的回答") @Size(max = 8000, message = "回答不能超过8000字") String answer) {
}
