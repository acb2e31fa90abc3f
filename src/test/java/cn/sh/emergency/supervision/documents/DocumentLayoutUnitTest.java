package cn.sh.emergency.supervision.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.documents.OfficialDocument.Row;
import cn.sh.emergency.supervision.support.PdfPages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of an enforcement document: every field is in the PDF's text, the shipped CJK font is embedded, and
 * the first page looks as the checked-in image {@code documents/penalty-decision-page1.png} (rendered at 72 dpi in
 * grey; {@code -Ddocuments.expected.write=true} writes it anew after an intended change of the layout).
 */
class DocumentLayoutUnitTest {

  static final String EXPECTED = "documents/penalty-decision-page1.png";
  static final float DPI = 72f;
  /** A pixel differs when its grey level is this far off (of 255). */
  static final int PIXEL_TOLERANCE = 64;
  /**
   * The page looks the same when at most this share of its pixels differ: a quarter of what one changed character
   * makes, room for anti-aliasing differences of another Java version.
   */
  static final double MAX_DIFFERING_SHARE = 0.00006;

  static PdfLayout layout;

  @BeforeAll
  static void loadFont() {
    layout = new PdfLayout();
  }

  static OfficialDocument sample(String fine) {
    return OfficialDocument.builder("上海市静安区应急管理局", "行政处罚决定书")
        .addressee("上海某化工有限公司")
        .table(List.of(
            Row.of("当事人", "上海某化工有限公司", "统一社会信用代码", "91310000MA1FL8TQ49"),
            Row.of("案件编号", "PN-JINGAN-2026-000012")))
        .field("违法事实", "未采取措施消除事故隐患，危险化学品仓库内氧化剂与易燃物混存，逾期拒不整改")
        .field("调查情况和证据", "现场检查记录、询问笔录、现场照片十二张")
        .field("陈述申辩和听证", "当事人在法定期限内未提出陈述、申辩意见，也未要求听证。")
        .paragraph("依据《中华人民共和国安全生产法》第一百零二条的规定，本机关决定对你单位作出如下行政处罚：" + fine + "。")
        .field("履行方式和期限", "自收到本决定书之日起十五日内，将罚款缴至指定银行或者通过电子支付系统缴纳。")
        .paragraph(ChineseWriting.remedies(cn.sh.emergency.supervision.shared.District.JINGAN, "本决定"))
        .note("本文书一式两份：一份交当事人，一份附卷。")
        .sealedOn(LocalDate.of(2026, 3, 2))
        .numbered("沪静应急罚〔2026〕12号");
  }

  @Test
  void everyFieldIsInTheText() {
    String text = PdfPages.text(layout.render(sample(ChineseWriting.fine(30000))));
    assertThat(text).contains("上海市静安区应急管理局", "行政处罚决定书", "沪静应急罚〔2026〕12号", "上海某化工有限公司：",
        "统一社会信用代码", "91310000MA1FL8TQ49", "PN-JINGAN-2026-000012",
        "违法事实：未采取措施消除事故隐患，危险化学品仓库内氧化剂与易燃物混存，逾期拒不整改",
        "调查情况和证据：现场检查记录、询问笔录、现场照片十二张", "罚款人民币叁万元整（¥30,000）",
        "向上海市静安区人民政府申请行政复议", "二〇二六年三月二日", "本文书一式两份", "第1页共1页");
  }

  @Test
  void theShippedFontIsEmbedded() {
    byte[] pdf = layout.render(sample(ChineseWriting.fine(30000)));
    assertThat(PdfPages.embeddedFonts(pdf)).anySatisfy(name -> assertThat(name).contains("NotoSerifCJKsc"));
    assertThat(PdfPages.pageCount(pdf)).isEqualTo(1);
    // A subset: the whole font is 9 MB.
    assertThat(pdf.length).isLessThan(200_000);
  }

  @Test
  void charactersTheFontLacksAreNamedAndTheRestPrints() {
    OfficialDocument rare = OfficialDocument.builder("上海市静安区应急管理局", "行政处罚告知书")
        .addressee("吉\uD842\uDFB7祥")
        .paragraph("当事人王䶮：经查。")
        .sealedOn(LocalDate.of(2026, 3, 2));
    assertThat(layout.missingCharacters(sample(ChineseWriting.fine(30000)))).isEmpty();
    assertThat(layout.missingCharacters(rare)).isEqualTo("\uD842\uDFB7䶮");
    assertThat(PdfPages.text(layout.render(rare))).contains("当事人王", "经查");
  }

  @Test
  void theFirstPageLooksAsExpected() throws IOException {
    BufferedImage page = PdfPages.render(layout.render(sample(ChineseWriting.fine(30000))), 0, DPI);
    if (Boolean.getBoolean("documents.expected.write")) {
      Path target = Path.of("src/test/resources", EXPECTED);
      Files.createDirectories(target.getParent());
      ImageIO.write(page, "png", target.toFile());
      return;
    }
    BufferedImage expected = expected();
    assertThat(differingShare(page, expected)).as("share of pixels that differ from " + EXPECTED)
        .isLessThanOrEqualTo(MAX_DIFFERING_SHARE);
  }

  @Test
  void theComparisonSeesAChangedAmount() throws IOException {
    BufferedImage page = PdfPages.render(layout.render(sample(ChineseWriting.fine(40000))), 0, DPI);
    // 叁 → 肆: one character of the page, about 120 of its 500,000 pixels.
    assertThat(differingShare(page, expected())).isGreaterThan(MAX_DIFFERING_SHARE);
  }

  private static BufferedImage expected() throws IOException {
    try (InputStream in = DocumentLayoutUnitTest.class.getResourceAsStream("/" + EXPECTED)) {
      assertThat(in).as(EXPECTED + " is checked in").isNotNull();
      return ImageIO.read(in);
    }
  }

  static double differingShare(BufferedImage actual, BufferedImage expected) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    long differing = 0;
    for (int y = 0; y < actual.getHeight(); y++) {
      for (int x = 0; x < actual.getWidth(); x++) {
        int a = actual.getRaster().getSample(x, y, 0);
        int e = expected.getRaster().getSample(x, y, 0);
        if (Math.abs(a - e) > PIXEL_TOLERANCE) {
          differing++;
        }
      }
    }
    return (double) differing / ((long) actual.getWidth() * actual.getHeight());
  }
}
