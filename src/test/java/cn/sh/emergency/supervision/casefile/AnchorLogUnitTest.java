package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anchor file trusts its lines only while each is signed with the key and follows the one before. */
class AnchorLogUnitTest {

  private static final String KEY = "unit-test-record-anchor-key-0123456789";

  @TempDir
  Path dir;

  @Test
  void anchorsWrittenAreReadBackInOrder() {
    AnchorLog log = threeAnchors();
    AnchorLog.Contents contents = new AnchorLog(log.file(), KEY).read();
    assertThat(contents.damage()).isNull();
    assertThat(contents.anchors()).extracting(AnchorLog.Anchor::n).containsExactly(1L, 2L, 3L);
    assertThat(contents.anchors().get(1).cases().get("HZ-JINGAN-2026-000001").hashes()).containsExactly("c", "d");
  }

  @Test
  void aChangedLineIsUntrustedAndSoIsEveryLineAfterIt() throws Exception {
    AnchorLog log = threeAnchors();
    List<String> lines = Files.readAllLines(log.file());
    lines.set(1, lines.get(1).replace("\"c\"", "\"x\""));
    Files.write(log.file(), lines, StandardCharsets.UTF_8);

    AnchorLog.Contents contents = log.read();
    assertThat(contents.anchors()).hasSize(1);
    assertThat(contents.damage()).contains("第2行").contains("签名不符");
  }

  @Test
  void aRemovedLineIsFoundAtTheLineThatNoLongerFollows() throws Exception {
    AnchorLog log = threeAnchors();
    List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
    lines.remove(1);
    Files.write(log.file(), lines, StandardCharsets.UTF_8);

    AnchorLog.Contents contents = log.read();
    assertThat(contents.anchors()).hasSize(1);
    assertThat(contents.damage()).contains("第2行").contains("不衔接");
  }

  @Test
  void linesSignedWithAnotherKeyAreNotTrusted() {
    AnchorLog log = threeAnchors();
    AnchorLog.Contents contents = new AnchorLog(log.file(), "another-record-anchor-key-0123456789-xyz").read();
    assertThat(contents.anchors()).isEmpty();
    assertThat(contents.damage()).contains("第1行");
  }

  private AnchorLog threeAnchors() {
    AnchorLog log = new AnchorLog(dir.resolve("anchors").resolve("record-anchors.jsonl"), KEY);
    String mac = AnchorLog.FIRST;
    mac = log.append(new AnchorLog.Anchor(1, Instant.parse("2026-12-03T01:00:00Z"), mac,
        Map.of("HZ-JINGAN-2026-000001", new AnchorLog.Heads(1, List.of("a", "b")))));
    mac = log.append(new AnchorLog.Anchor(2, Instant.parse("2026-12-03T02:00:00Z"), mac,
        Map.of("HZ-JINGAN-2026-000001", new AnchorLog.Heads(3, List.of("c", "d")))));
    log.append(new AnchorLog.Anchor(3, Instant.parse("2026-12-03T03:00:00Z"), mac, Map.of()));
    return log;
  }
}
