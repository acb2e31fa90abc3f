package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A bureau's sheet of inspected units ({@code .xlsx} or UTF-8 {@code .csv}, at most 5 MB and 20,000 units) read into
 * requests: the first line heads the columns — 统一社会信用代码, 单位名称, 所属区, 街镇, 行业领域, 风险等级, 信用等级, 重点监管,
 * 联合惩戒, in any order, or their field names ({@code uscc}, {@code name} …); other columns (序号, 备注) are ignored.
 * Each further line is one unit, checked when imported ({@link Enterprises#importRows}).
 */
public final class EnterpriseSheet {

  /** The largest file taken. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;
  /** The most units one file imports. */
  public static final int MAX_ROWS = 20_000;

  private EnterpriseSheet() {
  }

  /**
   * The units of the file, each with its row number; 400 for a file over {@link #MAX_BYTES} or {@link #MAX_ROWS},
   * without its header or without units, 415 for a file neither {@code .xlsx} nor {@code .csv}.
   */
  public static List<EnterpriseRow> read(String fileName, long sizeBytes, InputStream content) throws IOException {
    if (sizeBytes > MAX_BYTES) {
      throw new InvalidInputException("导入文件不能超过" + MAX_BYTES / 1024 / 1024 + "MB，请分批导入");
    }
    List<SheetLines.Line> lines = SheetLines.read(fileName, content, MAX_ROWS);
    if (lines.isEmpty()) {
      throw new InvalidInputException("导入文件是空的：第一行应为表头（" + expectedHeader() + "）");
    }
    Map<EnterpriseColumn, Integer> columns = columns(lines.get(0).cells());
    if (lines.size() == 1) {
      throw new InvalidInputException("导入文件只有表头，没有单位");
    }
    return lines.subList(1, lines.size()).stream()
        .map(line -> new EnterpriseRow(line.number(), request(line.cells(), columns))).toList();
  }

  /** Where each column is; 400 naming the columns missing or headed twice. */
  private static Map<EnterpriseColumn, Integer> columns(List<String> header) {
    Map<EnterpriseColumn, Integer> columns = new EnumMap<>(EnterpriseColumn.class);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      Optional<EnterpriseColumn> column = EnterpriseColumn.ofHeader(header.get(i));
      if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
        problems.add("「" + column.get().label() + "」列出现了两次");
      }
    }
    List<String> missing = Arrays.stream(EnterpriseColumn.values()).filter(c -> !columns.containsKey(c))
        .map(EnterpriseColumn::label).toList();
    if (!missing.isEmpty()) {
      problems.add(0, "缺少" + String.join("、", missing) + "列");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("导入文件的表头有误：" + String.join("；", problems) + "。第一行应为："
          + expectedHeader());
    }
    return columns;
  }

  private static EnterpriseRequest request(List<String> cells, Map<EnterpriseColumn, Integer> columns) {
    Map<EnterpriseColumn, String> value = new EnumMap<>(EnterpriseColumn.class);
    columns.forEach((column, index) -> value.put(column, index < cells.size() ? cells.get(index) : null));
    return new EnterpriseRequest(value.get(EnterpriseColumn.USCC), value.get(EnterpriseColumn.NAME),
        value.get(EnterpriseColumn.DISTRICT), value.get(EnterpriseColumn.STREET), value.get(EnterpriseColumn.SECTOR),
        value.get(EnterpriseColumn.RISK_GRADE), value.get(EnterpriseColumn.CREDIT_GRADE),
        value.get(EnterpriseColumn.KEY_SUPERVISION), value.get(EnterpriseColumn.JOINT_SANCTION));
  }

  private static String expectedHeader() {
    return Arrays.stream(EnterpriseColumn.values()).map(EnterpriseColumn::label).collect(Collectors.joining("、"));
  }
}
