package cn.sh.emergency.supervision.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lays an {@link OfficialDocument} out on A4 as the official formats are: bureau and title centred, the number
 * under them on the right, the addressee, the body in 14 pt Song with two-character indents, form tables, signature
 * lines, the seal area with the date in Chinese, notes in small print and 第N页 共M页. The CJK font ships with
 * the application (Noto Serif SC, SIL Open Font License) and is embedded as a subset.
 */
@Component
class PdfLayout {

  static final String FONT_RESOURCE = "/fonts/NotoSerifSC-Regular.ttf";
  private static final Logger LOG = LoggerFactory.getLogger(PdfLayout.class);

  private static final float MM = 72f / 25.4f;
  private static final float BODY_SIZE = 14f;
  private static final float TABLE_SIZE = 10.5f;
  private static final float LEADING = BODY_SIZE * 1.7f;
  private static final float INDENT = 2 * BODY_SIZE;
  private static final float BOLD_STROKE = 0.45f;
  private static final Color SEAL_COLOR = new Color(200, 40, 40);
  private static final Color LABEL_SHADE = new Color(242, 242, 242);
  private static final float QR_MODULE = 2.2f;
  private static final int QR_QUIET_ZONE = 4;

  private final BaseFont font;

  PdfLayout() {
    try (InputStream in = PdfLayout.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the document font is missing from the application: " + FONT_RESOURCE);
      }
      this.font = BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("the document font cannot be read", e);
    }
  }

  /** One document at a time: the shared font's subsetting is not meant for concurrent writers. */
  synchronized byte[] render(OfficialDocument content) {
    String missing = missingCharacters(content);
    if (!missing.isEmpty()) {
      LOG.warn("{} {}: the document font has no glyph for {}; they print blank", content.title(), content.number(),
          missing);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 28 * MM, 26 * MM, 22 * MM, 22 * MM);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setPageEvent(new PageNumbers(font));
      pdf.addTitle(content.title());
      pdf.addSubject(content.number() == null ? content.title() : content.number());
      pdf.addAuthor(content.issuer());
      pdf.open();
      heading(pdf, content);
      for (OfficialDocument.Block block : content.body()) {
        pdf.add(element(block, writer));
      }
      seal(pdf, writer, content);
      for (String note : content.notes()) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(note, new Font(font, 10.5f));
        p.setLeading(16);
        p.setSpacingBefore(12);
        pdf.add(p);
      }
      pdf.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("document cannot be laid out: " + content.title(), e);
    }
    return out.toByteArray();
  }

  /** The characters of the document the shipped font cannot draw (e.g. CJK extension B), each once. */
  String missingCharacters(OfficialDocument content) {
    StringBuilder all = new StringBuilder().append(content.issuer()).append(content.title())
        .append(content.number() == null ? "" : content.number())
        .append(content.addressee() == null ? "" : content.addressee());
    for (OfficialDocument.Block block : content.body()) {
      if (block instanceof OfficialDocument.Paragraph p) {
        all.append(p.text());
      } else if (block instanceof OfficialDocument.Field f) {
        all.append(f.label()).append(f.value());
      } else if (block instanceof OfficialDocument.Table t) {
        t.rows().forEach(row -> row.cells().forEach(all::append));
      } else if (block instanceof OfficialDocument.Signature g) {
        all.append(g.text());
      } else if (block instanceof OfficialDocument.QrCode q) {
        all.append(q.caption());
      }
    }
    content.notes().forEach(all::append);
    StringBuilder missing = new StringBuilder();
    all.codePoints().distinct()
        .filter(c -> !Character.isWhitespace(c) && !font.charExists(c))
        .forEach(missing::appendCodePoint);
    return missing.toString();
  }

  private void heading(Document pdf, OfficialDocument content) throws DocumentException {
    pdf.add(centred(content.issuer(), 18f, 0));
    pdf.add(centred(content.title(), 24f, 4));
    if (content.number() != null) {
      com.lowagie.text.Paragraph number = new com.lowagie.text.Paragraph(content.number(), new Font(font, BODY_SIZE));
      number.setAlignment(Element.ALIGN_RIGHT);
      number.setSpacingBefore(6);
      pdf.add(number);
    }
    if (content.addressee() != null) {
      com.lowagie.text.Paragraph addressee = body(content.addressee() + "：");
      addressee.setFirstLineIndent(0);
      addressee.setSpacingBefore(10);
      pdf.add(addressee);
    }
  }

  private com.lowagie.text.Paragraph centred(String text, float size, float spacingBefore) {
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(bold(text, size));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setLeading(size * 1.5f);
    p.setSpacingBefore(spacingBefore);
    return p;
  }

  private Element element(OfficialDocument.Block block, PdfWriter writer) throws DocumentException {
    if (block instanceof OfficialDocument.QrCode qr) {
      return qrCode(qr, writer);
    }
    if (block instanceof OfficialDocument.Paragraph text) {
      return body(text.text());
    }
    if (block instanceof OfficialDocument.Field field) {
      return field(field);
    }
    if (block instanceof OfficialDocument.Table table) {
      return table(table);
    }
    OfficialDocument.Signature signature = (OfficialDocument.Signature) block;
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(signature.text(), new Font(font, BODY_SIZE));
    p.setAlignment(Element.ALIGN_RIGHT);
    p.setSpacingBefore(14);
    return p;
  }

  /**
   * The QR code drawn as filled squares (sharp at any zoom and in print), 2.2 pt a module with the standard quiet zone
   * of four modules, error correction level M; the caption centred under it.
   */
  private PdfPTable qrCode(OfficialDocument.QrCode qr, PdfWriter writer) throws DocumentException {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(qr.content(), BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QR_QUIET_ZONE,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("the QR code cannot hold " + qr.content(), e);
    }
    float size = matrix.getWidth() * QR_MODULE;
    PdfTemplate template = writer.getDirectContent().createTemplate(size, matrix.getHeight() * QR_MODULE);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          template.rectangle(x * QR_MODULE, (matrix.getHeight() - 1 - y) * QR_MODULE, QR_MODULE, QR_MODULE);
        }
      }
    }
    template.fill();
    PdfPTable box = new PdfPTable(1);
    box.setTotalWidth(size + 10);
    box.setLockedWidth(true);
    box.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.setSpacingBefore(8);
    PdfPCell image = new PdfPCell(Image.getInstance(template));
    image.setBorder(PdfPCell.NO_BORDER);
    image.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.addCell(image);
    PdfPCell caption = new PdfPCell(new Phrase(qr.caption(), new Font(font, TABLE_SIZE)));
    caption.setBorder(PdfPCell.NO_BORDER);
    caption.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.addCell(caption);
    return box;
  }

  private com.lowagie.text.Paragraph body(String text) {
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text, new Font(font, BODY_SIZE));
    p.setLeading(LEADING);
    p.setFirstLineIndent(INDENT);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    return p;
  }

  private com.lowagie.text.Paragraph field(OfficialDocument.Field field) {
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
    p.setLeading(LEADING);
    p.setFirstLineIndent(INDENT);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.add(bold(field.label() + "：", BODY_SIZE));
    p.add(new Chunk(field.value().isEmpty() ? "______________________" : field.value(), new Font(font, BODY_SIZE)));
    return p;
  }

  private PdfPTable table(OfficialDocument.Table table) throws DocumentException {
    PdfPTable out = new PdfPTable(4);
    out.setWidthPercentage(100);
    out.setWidths(new float[] {1.2f, 2.2f, 1.75f, 2.25f});
    out.setSpacingBefore(8);
    out.setSpacingAfter(8);
    Font cellFont = new Font(font, TABLE_SIZE);
    for (OfficialDocument.Row row : table.rows()) {
      for (int i = 0; i < row.cells().size(); i++) {
        boolean label = i % 2 == 0;
        PdfPCell cell = new PdfPCell(new Phrase(row.cells().get(i), cellFont));
        cell.setPadding(5);
        cell.setMinimumHeight(22);
        cell.setLeading(0, 1.4f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (label) {
          cell.setBackgroundColor(LABEL_SHADE);
          cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        } else if (row.cells().size() == 2) {
          cell.setColspan(3);
        }
        out.addCell(cell);
      }
    }
    return out;
  }

  /** The bureau and the date on the right, a dashed circle marking where the seal goes. */
  private void seal(Document pdf, PdfWriter writer, OfficialDocument content) throws DocumentException {
    com.lowagie.text.Paragraph bureau = new com.lowagie.text.Paragraph(content.issuer(), new Font(font, BODY_SIZE));
    bureau.setAlignment(Element.ALIGN_RIGHT);
    bureau.setIndentationRight(INDENT);
    bureau.setSpacingBefore(28);
    bureau.setLeading(LEADING);
    com.lowagie.text.Paragraph date = new com.lowagie.text.Paragraph(ChineseWriting.date(content.sealedOn()),
        new Font(font, BODY_SIZE));
    date.setAlignment(Element.ALIGN_RIGHT);
    date.setIndentationRight(INDENT);
    date.setLeading(LEADING);
    // The bureau, its date and the seal stay on one page.
    if (writer.getVerticalPosition(true) - pdf.bottom() < bureau.getSpacingBefore() + 3 * LEADING) {
      pdf.newPage();
    }
    pdf.add(bureau);
    pdf.add(date);
    float dateBaseline = writer.getVerticalPosition(false);
    float textWidth = font.getWidthPoint(content.issuer(), BODY_SIZE);
    float centreX = pdf.right() - INDENT - textWidth / 2;
    float centreY = dateBaseline + LEADING;
    PdfContentByte canvas = writer.getDirectContentUnder();
    canvas.saveState();
    canvas.setColorStroke(SEAL_COLOR);
    canvas.setLineWidth(0.8f);
    canvas.setLineDash(3f, 3f, 0f);
    canvas.circle(centreX, centreY, 42f);
    canvas.stroke();
    canvas.restoreState();
  }

  private Chunk bold(String text, float size) {
    Chunk chunk = new Chunk(text, new Font(font, size));
    chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, BOLD_STROKE, null);
    return chunk;
  }

  /** 第N页 共M页 at the foot of every page; the total is written into a template when the document closes. */
  private static final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 10.5f;

    private final BaseFont font;
    private PdfTemplate total;

    PageNumbers(BaseFont font) {
      this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(SIZE * 2, SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      String before = "第" + writer.getPageNumber() + "页 共";
      float beforeWidth = font.getWidthPoint(before, SIZE);
      float totalWidth = font.getWidthPoint("9", SIZE);
      float x = (document.left() + document.right() - beforeWidth - totalWidth - font.getWidthPoint("页", SIZE)) / 2;
      float y = document.bottom() - 24;
      PdfContentByte canvas = writer.getDirectContent();
      canvas.beginText();
      canvas.setFontAndSize(font, SIZE);
      canvas.setTextMatrix(x, y);
      canvas.showText(before);
      canvas.endText();
      canvas.addTemplate(total, x + beforeWidth, y);
      canvas.beginText();
      canvas.setFontAndSize(font, SIZE);
      canvas.setTextMatrix(x + beforeWidth + totalWidth, y);
      canvas.showText("页");
      canvas.endText();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(font, SIZE);
      total.setTextMatrix(0, 0);
      total.showText(String.valueOf(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
