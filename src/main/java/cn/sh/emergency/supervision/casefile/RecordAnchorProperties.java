package cn.sh.emergency.supervision.casefile;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the record chains are anchored outside the database ({@code supervision.record-anchor.*}).
 *
 * @param file       the append-only anchor file; on the server's disk, out of reach of whoever can write the database
 * @param key        the HMAC key signing each anchor; from the environment, never stored in the database
 * @param interval   how often the chain heads are anchored
 * @param firstDelay how long after start-up the first anchor is written
 */
@ConfigurationProperties("supervision.record-anchor")
public record RecordAnchorProperties(Path file, String key, Duration interval, Duration firstDelay) {

  /** Shortest key accepted: 32 characters, as many bytes as the HMAC-SHA256 output. */
  static final int MIN_KEY_LENGTH = 32;

  public RecordAnchorProperties {
    file = file == null ? Path.of("data", "record-anchors.jsonl") : file;
    interval = interval == null ? Duration.ofHours(1) : interval;
    firstDelay = firstDelay == null ? Duration.ofMinutes(1) : firstDelay;
    if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException("全过程记录锚定密钥未配置或过短：请以环境变量 SUPERVISION_RECORD_ANCHOR_KEY "
          + "（supervision.record-anchor.key）提供至少" + MIN_KEY_LENGTH + "个字符的密钥；该密钥不得存入数据库");
    }
  }

  @Override
  public String toString() {
    return "RecordAnchorProperties[file=" + file + ", interval=" + interval + ", firstDelay=" + firstDelay + "]";
  }
}
