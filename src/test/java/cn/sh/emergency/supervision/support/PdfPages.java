package cn.sh.emergency.supervision.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A generated PDF read back as its reader sees it: the text, the fonts it embeds, a page as an image. */
public final class PdfPages {

  private PdfPages() {
  }

  /** The text of all pages with line breaks and spaces removed, so that a field can be found across lines. */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /** Names of the fonts of the first page that are embedded in the file. */
  public static List<String> embeddedFonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      java.util.ArrayList<String> names = new java.util.ArrayList<>();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font.isEmbedded()) {
          names.add(font.getName());
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  public static int pageCount(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /** The page rendered in grey at the given resolution. */
  public static BufferedImage render(byte[] pdf, int page, float dpi) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /** The text of the first QR code found on the pages, read as a phone's camera would (rendered at 150 dpi). */
  public static Optional<String> qrCode(byte[] pdf) {
    for (int page = 0; page < pageCount(pdf); page++) {
      BufferedImage image = render(pdf, page, 150);
      int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      try {
        return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText());
      } catch (ReaderException none) {
        // no QR code on this page
      }
    }
    return Optional.empty();
  }
}
