package cn.sh.emergency.supervision.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence files accepted, recognised by their first bytes (not by the name or the declared type,
 * which a client controls): photos, PDF documents, audio and video recordings.
 */
public enum EvidenceType {
  JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}, 0),
  PNG("image/png", new int[] {0x89, 'P', 'N', 'G'}, 0),
  PDF("application/pdf", new int[] {'%', 'P', 'D', 'F'}, 0),
  MP3("audio/mpeg", new int[] {'I', 'D', '3'}, 0),
  WAV("audio/wav", new int[] {'W', 'A', 'V', 'E'}, 8),
  MP4("video/mp4", new int[] {'f', 't', 'y', 'p'}, 4);

  /** How many leading bytes recognition needs. */
  public static final int HEADER_LENGTH = 12;

  private final String contentType;
  private final int[] signature;
  private final int offset;

  EvidenceType(String contentType, int[] signature, int offset) {
    this.contentType = contentType;
    this.signature = signature;
    this.offset = offset;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<EvidenceType> recognise(byte[] header, int length) {
    return Arrays.stream(values()).filter(t -> t.matches(header, length)).findFirst();
  }

  private boolean matches(byte[] header, int length) {
    if (length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((header[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return this != WAV || (header[0] == 'R' && header[1] == 'I' && header[2] == 'F' && header[3] == 'F');
  }
}
