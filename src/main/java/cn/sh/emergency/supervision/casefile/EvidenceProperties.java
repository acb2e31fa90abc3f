package cn.sh.emergency.supervision.casefile;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files are kept and how large one may be ({@code supervision.evidence.*}).
 *
 * @param directory the evidence store; files are named by their SHA-256
 * @param maxSize   the largest file accepted (larger → 413)
 */
@ConfigurationProperties("supervision.evidence")
public record EvidenceProperties(Path directory, DataSize maxSize) {

  public EvidenceProperties {
    directory = directory == null ? Path.of("data", "evidence") : directory;
    maxSize = maxSize == null ? DataSize.ofMegabytes(200) : maxSize;
  }
}
