package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Evidence files: upload, list, download, allow-list and size, district isolation, tamper detection. */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class EvidenceIntegrationTest {

  private static final byte[] PNG = withHeader(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 4096);
  private static final byte[] PDF = withHeader("%PDF-1.7\n".getBytes(), 2048);

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  EvidenceProperties evidenceProperties;
  @Autowired
  CaseFile caseFile;

  EngineRest rest;
  String caseNo;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    caseNo = rest.startCase("jingan-handler", "jingan");
  }

  @Test
  void uploadListAndDownloadWithTheHashInTheRecord() throws Exception {
    ResponseEntity<Map> uploaded = upload("jingan-handler", "现场照片.png", PNG, "仓库现场");
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String sha = sha256(PNG);
    assertThat(uploaded.getBody()).containsEntry("sha256", sha).containsEntry("contentType", "image/png")
        .containsEntry("fileName", "现场照片.png").containsEntry("uploadedBy", "jingan-handler");

    List<Map<String, Object>> listed = rest.getList("jingan-leader", "/api/cases/" + caseNo + "/evidence").getBody();
    assertThat(listed).extracting(e -> e.get("sha256")).containsExactly(sha);

    ResponseEntity<byte[]> download = rest.as("jingan-reviewer").exchange(
        uploaded.getHeaders().getLocation().getPath(), HttpMethod.GET, null, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PNG);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");

    assertThat(caseFile.records(caseNo)).filteredOn(r -> r.kind().equals("EVIDENCE")).singleElement()
        .satisfies(r -> assertThat(r.details()).contains(sha).contains("现场照片.png"));
    assertThat(caseFile.verify(caseNo).intact()).isTrue();
  }

  @Test
  void aChangedFileIsFoundByTheChainVerification() throws Exception {
    upload("jingan-handler", "询问笔录.pdf", PDF, null);
    Path stored = evidenceProperties.directory().resolve(sha256(PDF).substring(0, 2)).resolve(sha256(PDF));
    byte[] original = Files.readAllBytes(stored);
    try {
      byte[] changed = original.clone();
      changed[changed.length - 1] ^= 1;
      Files.write(stored, changed);
      Map<String, Object> verified = rest.getMap("jingan-handler", "/api/cases/" + caseNo + "/records/verify")
          .getBody();
      assertThat(verified).containsEntry("intact", false);
      assertThat(verified.get("reason").toString()).contains("证据文件被改动", "询问笔录.pdf");
    } finally {
      Files.write(stored, original);
    }
    assertThat(rest.getMap("jingan-handler", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", true);
  }

  @Test
  void typesOutsideTheAllowListAndOversizedFilesAreRefusedAndNothingIsRecorded() {
    int records = caseFile.records(caseNo).size();

    ResponseEntity<Map> script = upload("jingan-handler", "evil.png", "<script>alert(1)</script>".getBytes(), null);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(script.getBody().get("message").toString()).contains("不支持的证据文件类型");

    ResponseEntity<Map> huge = upload("jingan-handler", "video.mp4", withHeader(
        new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 3 * 1024 * 1024), null);
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

    assertThat(caseFile.records(caseNo)).hasSize(records);
    assertThat(rest.getList("jingan-handler", "/api/cases/" + caseNo + "/evidence").getBody()).isEmpty();
  }

  @Test
  void aPathInTheFileNameStaysAName() {
    ResponseEntity<Map> uploaded = upload("jingan-handler", "../../etc/passwd.png", PNG, null);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(uploaded.getBody()).containsEntry("fileName", "passwd.png");
    assertThat(Files.exists(evidenceProperties.directory().resolve("../../etc/passwd.png").normalize())).isFalse();
  }

  @Test
  void anotherDistrictSeesNoEvidence() {
    ResponseEntity<Map> uploaded = upload("jingan-handler", "photo.png", PNG, null);
    String path = uploaded.getHeaders().getLocation().getPath();
    assertThat(upload("changning-handler", "photo.png", PNG, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getMap("changning-handler", "/api/cases/" + caseNo + "/evidence").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.as("changning-leader").getForEntity(path, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(restTemplate.getForEntity(path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map> upload(String user, String fileName, byte[] content, String description) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    if (description != null) {
      form.add("description", description);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.as(user).postForEntity("/api/cases/" + caseNo + "/evidence", new HttpEntity<>(form, headers),
        Map.class);
  }

  private static byte[] withHeader(byte[] header, int size) {
    byte[] content = Arrays.copyOf(header, size);
    for (int i = header.length; i < size; i++) {
      content[i] = (byte) (i * 31);
    }
    return content;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
