package cn.sh.emergency.supervision.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Sheets of inspected units as bureaus keep them, built in the tests: an Excel workbook or a CSV file. */
final class EnterpriseSheets {

  /** The header of a bureau's sheet, in the order the import documents. */
  static final List<Object> CHINESE_HEADER = List.of("统一社会信用代码", "单位名称", "所属区", "街镇", "行业领域", "风险等级",
      "信用等级", "重点监管", "联合惩戒");

  private EnterpriseSheets() {
  }

  /** A workbook whose first sheet holds the rows from row 1 on; a null row is left empty, a Boolean is a TRUE/FALSE cell. */
  static byte[] xlsx(List<? extends List<?>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("被检查单位");
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r) == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Boolean flag) {
            row.createCell(c).setCellValue(flag);
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UTF-8 CSV file of the lines, with the byte order mark Excel writes when {@code bom}. */
  static byte[] csv(boolean bom, String... lines) {
    String text = (bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
