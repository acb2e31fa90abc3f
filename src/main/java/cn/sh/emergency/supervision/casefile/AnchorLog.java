package cn.sh.emergency.supervision.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The anchor file: one line per anchor, {@code <HMAC-SHA256 hex> <JSON>}, the JSON naming the anchor's number, time,
 * the previous line's MAC and the hashes of the records each case gained since its last anchor. A line whose MAC
 * does not match (changed, or signed with another key), or that does not follow its predecessor (a line removed or
 * moved), ends what is trusted: {@link Contents#damage()} names it. Lines are only ever appended, each forced to
 * disk before the anchor counts.
 */
final class AnchorLog {

  /** The previous MAC of the first line. */
  static final String FIRST = "0".repeat(64);

  private static final String ALGORITHM = "HmacSHA256";
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private final Path file;
  private final SecretKeySpec key;

  AnchorLog(Path file, String key) {
    this.file = file;
    this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** One anchor: the records case by case, {@code from} the sequence number of the first hash listed. */
  record Anchor(long n, Instant at, String prev, Map<String, Heads> cases) {
  }

  /** The hashes of a case's records {@code from}, {@code from + 1}, … */
  record Heads(int from, List<String> hashes) {
  }

  /** The trusted anchors in order and their MACs; {@code damage} names the first untrusted line, if any. */
  record Contents(List<Anchor> anchors, String lastMac, String damage) {
  }

  Path file() {
    return file;
  }

  Contents read() {
    List<Anchor> anchors = new ArrayList<>();
    String lastMac = FIRST;
    if (!Files.exists(file)) {
      return new Contents(anchors, lastMac, null);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("锚定文件无法读取：" + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int space = line.indexOf(' ');
      String mac = space < 0 ? "" : line.substring(0, space);
      String body = space < 0 ? line : line.substring(space + 1);
      if (!MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
          mac(body).getBytes(StandardCharsets.US_ASCII))) {
        return new Contents(anchors, lastMac, "锚定文件第" + (i + 1) + "行的签名不符（被改动，或以其他密钥签署）");
      }
      Anchor anchor;
      try {
        anchor = JSON.readValue(body, Anchor.class);
      } catch (JsonProcessingException e) {
        return new Contents(anchors, lastMac, "锚定文件第" + (i + 1) + "行无法解析");
      }
      if (!anchor.prev().equals(lastMac) || anchor.n() != anchors.size() + 1) {
        return new Contents(anchors, lastMac, "锚定文件第" + (i + 1) + "行与上一行不衔接（有行被删除或调换）");
      }
      anchors.add(anchor);
      lastMac = mac;
    }
    return new Contents(anchors, lastMac, null);
  }

  /** Signs the anchor, appends it as one line and forces it to disk; answers its MAC. */
  String append(Anchor anchor) {
    String body;
    try {
      body = JSON.writeValueAsString(anchor);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("anchor not serialisable", e);
    }
    String mac = mac(body);
    byte[] line = (mac + " " + body + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("锚定文件无法写入：" + file, e);
    }
    return mac;
  }

  private String mac(String body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is required by the Java platform", e);
    }
  }
}
