package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.FileTypeNotAllowedException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The lines of an uploaded sheet as text, whatever program wrote it: the first worksheet of an Excel workbook
 * ({@code .xlsx}, each cell as Excel shows it, a formula by its last result) or a CSV file ({@code .csv}, UTF-8 with or
 * without a byte order mark). Lines without any text are left out; the others keep their number in the file.
 */
final class SheetLines {

  /** A line of the sheet: its number as the spreadsheet shows it (the first line is 1) and its cells' text. */
  record Line(int number, List<String> cells) {
  }

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SheetLines() {
  }

  /**
   * The lines of the file: the first (the header) and at most {@code maxRows} more (400 beyond); a file neither
   * {@code .xlsx} nor {@code .csv} by its name: 415.
   */
  static List<Line> read(String fileName, InputStream content, int maxRows) throws IOException {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return xlsx(content, maxRows);
    }
    if (name.endsWith(".csv")) {
      return csv(content, maxRows);
    }
    throw new FileTypeNotAllowedException("只能导入 Excel 工作簿（.xlsx）或 CSV 文件（.csv）："
        + (fileName == null ? "未命名文件" : fileName));
  }

  private static List<Line> xlsx(InputStream content, int maxRows) throws IOException {
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(content);
    } catch (IOException | RuntimeException unreadable) {
      throw new InvalidInputException("无法读取该 Excel 文件，请确认它是未加密、未损坏的 .xlsx 工作簿");
    }
    try (workbook) {
      List<Line> lines = new ArrayList<>();
      if (workbook.getNumberOfSheets() == 0) {
        return lines;
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.CHINA);
      formatter.setUseCachedValuesForFormulaCells(true);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
          Cell cell = row.getCell(column);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        add(lines, new Line(row.getRowNum() + 1, cells), maxRows);
      }
      return lines;
    }
  }

  private static List<Line> csv(InputStream content, int maxRows) throws IOException {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    try (MappingIterator<String[]> records = CSV.readerFor(String[].class).readValues(utf8(content.readAllBytes()))) {
      while (records.hasNextValue()) {
        number++;
        add(lines, new Line(number, Arrays.asList(records.nextValue())), maxRows);
      }
    } catch (IOException malformed) {
      throw new InvalidInputException("CSV 文件格式有误（第" + (number + 1) + "行附近），请检查引号是否成对");
    }
    return lines;
  }

  /** The text of a UTF-8 file without its byte order mark; any other encoding is refused by name. */
  private static String utf8(byte[] bytes) {
    boolean bom = bytes.length >= UTF8_BOM.length && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0,
        UTF8_BOM.length);
    ByteBuffer text = ByteBuffer.wrap(bytes, bom ? UTF8_BOM.length : 0, bom ? bytes.length - UTF8_BOM.length
        : bytes.length);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInputException("CSV 文件应为 UTF-8 编码（在 Excel 中另存为“CSV UTF-8（逗号分隔）”）");
    }
  }

  private static void add(List<Line> lines, Line line, int maxRows) {
    if (line.cells().stream().allMatch(cell -> cell == null || cell.isBlank())) {
      return;
    }
    if (lines.size() > maxRows) {
      throw new InvalidInputException("导入文件最多" + maxRows + "行（不含表头），请分批导入");
    }
    lines.add(line);
  }
}
