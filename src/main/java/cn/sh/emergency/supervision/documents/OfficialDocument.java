package cn.sh.emergency.supervision.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An enforcement document as it is laid out on paper: the issuing bureau and the title, the number under them, the
 * addressee, the body, the seal area with the date written in Chinese, and notes in small print. The number is
 * {@code null} until the document is issued.
 *
 * @param issuer  the issuing bureau, e.g. 上海市静安区应急管理局
 * @param sealedOn the date under the seal, written in Chinese on the document
 */
public record OfficialDocument(String issuer, String title, String number, String addressee, List<Block> body,
                               LocalDate sealedOn, List<String> notes) {

  public OfficialDocument {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sealedOn, "sealedOn");
    body = List.copyOf(body);
    notes = List.copyOf(notes);
  }

  /** The same document under its number. */
  public OfficialDocument numbered(String documentNo) {
    return new OfficialDocument(issuer, title, documentNo, addressee, body, sealedOn, notes);
  }

  public static Builder builder(String issuer, String title) {
    return new Builder(issuer, title);
  }

  /** A part of the body. */
  public sealed interface Block permits Paragraph, Field, Table, Signature, QrCode {
  }

  /** A paragraph indented by two characters. */
  public record Paragraph(String text) implements Block {
  }

  /** A labelled paragraph: {@code 违法事实：……}; an empty value prints as a line to fill in by hand. */
  public record Field(String label, String value) implements Block {
  }

  /** A form table of labelled cells, two or four columns wide (label, value[, label, value]). */
  public record Table(List<Row> rows) implements Block {

    public Table {
      rows = List.copyOf(rows);
    }
  }

  /** One table row: one or two label-value pairs; a single pair spans the whole width. */
  public record Row(List<String> cells) {

    public Row {
      if (cells.size() != 2 && cells.size() != 4) {
        throw new IllegalArgumentException("a row has one or two label-value pairs: " + cells);
      }
      cells = cells.stream().map(c -> c == null ? "" : c).toList();
    }

    public static Row of(String label, String value) {
      return new Row(java.util.Arrays.asList(label, value));
    }

    public static Row of(String label, String value, String label2, String value2) {
      return new Row(java.util.Arrays.asList(label, value, label2, value2));
    }
  }

  /** A right-aligned line for signatures: {@code 执法人员（签名）：……}. */
  public record Signature(String text) implements Block {
  }

  /** A QR code of {@code content} (an address to scan), centred, with its caption under it. */
  public record QrCode(String content, String caption) implements Block {
  }

  /** Builds a document block by block; values that are {@code null} print as empty. */
  public static final class Builder {

    private final String issuer;
    private final String title;
    private String addressee;
    private final List<Block> body = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String issuer, String title) {
      this.issuer = issuer;
      this.title = title;
    }

    public Builder addressee(String name) {
      this.addressee = name;
      return this;
    }

    public Builder paragraph(String text) {
      body.add(new Paragraph(text == null ? "" : text));
      return this;
    }

    public Builder field(String label, String value) {
      body.add(new Field(label, value == null ? "" : value));
      return this;
    }

    public Builder table(List<Row> rows) {
      body.add(new Table(rows));
      return this;
    }

    public Builder qrCode(String content, String caption) {
      body.add(new QrCode(content, caption == null ? "" : caption));
      return this;
    }

    public Builder signature(String text) {
      body.add(new Signature(text));
      return this;
    }

    public Builder note(String text) {
      notes.add(text);
      return this;
    }

    public OfficialDocument sealedOn(LocalDate date) {
      return new OfficialDocument(issuer, title, null, addressee, body, date, notes);
    }
  }
}
