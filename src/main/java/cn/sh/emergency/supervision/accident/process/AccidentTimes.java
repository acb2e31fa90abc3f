package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads the accident's times: a Date, or text as ISO-8601 with offset or Shanghai local time. */
final class AccidentTimes {

  private AccidentTimes() {
  }

  static Instant instant(Object value, String label) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = value == null ? "" : value.toString().trim();
    if (text.isEmpty()) {
      throw new InvalidInputException("请填写" + label);
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return BureauTime.of(LocalDateTime.parse(text));
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(label + "格式应为 YYYY-MM-DDTHH:MM：" + text);
      }
    }
  }
}
