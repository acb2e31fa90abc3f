package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.FileTooLargeException;
import cn.sh.emergency.supervision.shared.FileTypeNotAllowedException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk, each named by its SHA-256 ({@code ab/abcdef…}): the same content is stored once, and a
 * file changed on disk no longer matches its name. The client's file name never becomes a path.
 */
@Component
class EvidenceStore {

  record Stored(String sha256, long size, EvidenceType type) {
  }

  private final Path root;
  private final long maxBytes;

  EvidenceStore(EvidenceProperties properties) {
    this.root = properties.directory().toAbsolutePath().normalize();
    this.maxBytes = properties.maxSize().toBytes();
  }

  Stored store(InputStream content) {
    try {
      Files.createDirectories(root);
      BufferedInputStream in = new BufferedInputStream(content);
      in.mark(EvidenceType.HEADER_LENGTH);
      byte[] header = in.readNBytes(EvidenceType.HEADER_LENGTH);
      in.reset();
      EvidenceType type = EvidenceType.recognise(header, header.length).orElseThrow(() ->
          new FileTypeNotAllowedException("不支持的证据文件类型：仅限 JPEG、PNG 图片，PDF 文档，MP3、WAV 音频和 MP4 视频"));
      Path temp = Files.createTempFile(root, "upload-", ".part");
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long size = copyLimited(new DigestInputStream(in, digest), temp);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
          Files.delete(temp);
        } else {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Stored(sha256, size, type);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("evidence cannot be stored", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  InputStream open(String sha256) {
    try {
      return Files.newInputStream(pathOf(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("evidence file " + sha256 + " cannot be read", e);
    }
  }

  /** The content stored under the name, if the file is there and still has that hash. */
  Optional<byte[]> readIntact(String sha256) {
    Path file = pathOf(sha256);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] content = Files.readAllBytes(file);
      String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
      return actual.equals(sha256) ? Optional.of(content) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("stored file " + sha256 + " cannot be read", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** The SHA-256 of what is stored under the name today, or empty when the file is gone. */
  Optional<String> rehash(String sha256) {
    Path file = pathOf(sha256);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return Optional.of(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("evidence file " + sha256 + " cannot be read", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private long copyLimited(InputStream in, Path target) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new FileTooLargeException("证据文件超过允许的大小（" + maxBytes / (1024 * 1024) + " MB）");
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
