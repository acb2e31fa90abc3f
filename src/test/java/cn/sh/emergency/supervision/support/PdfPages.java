package cn.sh.emergency.supervision.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
}
