package cn.sh.emergency.supervision.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a published year must satisfy before it replaces the provisional one: the whole year's notice (every statutory
 * holiday inside a holiday block), blocks that do not overlap, make-up days that are weekend days outside the blocks,
 * and the notice's title and date. Every fault is named in one Chinese message.
 */
public final class HolidayYearRules {

  private static final int LONGEST_BLOCK_DAYS = 15;
  private static final int TITLE_LENGTH = 200;
  private static final int NAME_LENGTH = 40;
  private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  private HolidayYearRules() {
  }

  public static void check(HolidayYear year, StatutoryHolidays statutory, LocalDate today) {
    List<String> faults = new ArrayList<>();
    int y = year.year();
    if (year.title() == null || year.title().isBlank()) {
      faults.add("缺少通知标题");
    } else if (year.title().length() > TITLE_LENGTH) {
      faults.add("通知标题过长（最多" + TITLE_LENGTH + "字）");
    }
    if (year.issuedOn() == null) {
      faults.add("缺少通知发布日期");
    } else if (year.issuedOn().isAfter(today)) {
      faults.add("通知发布日期不能晚于今天：" + year.issuedOn());
    } else if (year.issuedOn().getYear() < y - 1 || year.issuedOn().getYear() > y) {
      faults.add("通知发布日期应在" + (y - 1) + "年或" + y + "年：" + year.issuedOn());
    }
    if (year.holidays().isEmpty()) {
      faults.add("缺少放假安排");
    }
    checkBlocks(year, faults);
    checkWorkdays(year, faults);
    statutory.revision(y).ifPresent(revision -> {
      for (HolidayYear.Block holiday : statutory.provisional(y).holidays()) {
        for (LocalDate d = holiday.from(); !d.isAfter(holiday.to()); d = d.plusDays(1)) {
          LocalDate day = d;
          if (year.holidays().stream().noneMatch(block -> block.contains(day))) {
            faults.add("法定节假日" + holiday.name() + "（" + day + "）不在任何放假时段内（依据《" + revision.title() + "》）");
          }
        }
      }
    });
    if (!faults.isEmpty()) {
      throw new InvalidInputException(y + "年节假日安排不能发布：" + String.join("；", faults));
    }
  }

  private static void checkBlocks(HolidayYear year, List<String> faults) {
    int y = year.year();
    List<HolidayYear.Block> blocks = year.holidays().stream()
        .sorted(Comparator.comparing(HolidayYear.Block::from)).toList();
    HolidayYear.Block previous = null;
    for (HolidayYear.Block block : blocks) {
      String name = block.name() == null || block.name().isBlank() ? "（未命名）" : block.name();
      if (block.name() == null || block.name().isBlank()) {
        faults.add("放假时段 " + block.from() + " 至 " + block.to() + " 缺少名称");
      } else if (block.name().length() > NAME_LENGTH) {
        faults.add("放假时段名称过长：" + name);
      }
      if (block.to().getYear() < y || block.from().getYear() > y) {
        faults.add(name + "（" + block.from() + " 至 " + block.to() + "）不在" + y + "年内");
      }
      if (block.from().plusDays(LONGEST_BLOCK_DAYS).isBefore(block.to())) {
        faults.add(name + "放假时段过长（最多" + LONGEST_BLOCK_DAYS + "天）");
      }
      if (previous != null && !block.from().isAfter(previous.to())) {
        faults.add(name + "与" + previous.name() + "的放假时段重叠");
      }
      previous = block;
    }
  }

  private static void checkWorkdays(HolidayYear year, List<String> faults) {
    Set<LocalDate> seen = new HashSet<>();
    for (LocalDate day : year.workdays()) {
      if (day == null) {
        faults.add("调休上班日不能为空");
        continue;
      }
      if (!seen.add(day)) {
        faults.add("调休上班日重复：" + day);
      }
      if (day.getYear() != year.year()) {
        faults.add("调休上班日不在" + year.year() + "年内：" + day);
      }
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        faults.add("调休上班日应为周六或周日：" + day + "是" + WEEKDAYS[day.getDayOfWeek().getValue() - 1]);
      }
      if (year.holidays().stream().anyMatch(block -> block.contains(day))) {
        faults.add("调休上班日落在放假时段内：" + day);
      }
    }
  }
}
