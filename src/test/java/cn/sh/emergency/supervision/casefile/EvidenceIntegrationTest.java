package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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

/**
 * Evidence files: upload (by handlers and section chiefs, into an open case, under one of its steps), list, the steps,
 * the file shown in the browser, allow-list and size, district isolation, tamper detection.
 */
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
  @Autowired
  CaseRecords caseRecords;
  @Autowired
  TaskService taskService;

  EngineRest rest;
  String caseNo;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    caseNo = rest.startCase("jingan-handler", "jingan");
  }

  @Test
  void uploadListAndDownloadWithTheHashInTheRecord() throws Exception {
    assertThat(rest.getList("jingan-handler", "/api/cases/" + caseNo + "/evidence/steps").getBody())
        .containsExactly(Map.of("id", PlatformSample.USER_TASK_HANDLE, "name", "办理", "open", true));
    ResponseEntity<Map> uploaded = upload("jingan-handler", "现场照片.png", PNG, "仓库现场",
        PlatformSample.USER_TASK_HANDLE);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String sha = sha256(PNG);
    assertThat(uploaded.getBody()).containsEntry("sha256", sha).containsEntry("contentType", "image/png")
        .containsEntry("fileName", "现场照片.png").containsEntry("uploadedBy", "jingan-handler")
        .containsEntry("step", PlatformSample.USER_TASK_HANDLE).containsEntry("stepName", "办理");

    List<Map<String, Object>> listed = rest.getList("jingan-leader", "/api/cases/" + caseNo + "/evidence").getBody();
    assertThat(listed).extracting(e -> e.get("sha256")).containsExactly(sha);

    ResponseEntity<byte[]> download = rest.as("jingan-reviewer").exchange(
        uploaded.getHeaders().getLocation().getPath(), HttpMethod.GET, null, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PNG);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    // Shown in the browser's tab, a photo in a sandbox.
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
    assertThat(download.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("sandbox");

    assertThat(caseRecords.of(caseNo)).filteredOn(r -> r.kind().equals("EVIDENCE")).singleElement()
        .satisfies(r -> assertThat(r.details()).contains(sha, "现场照片.png", PlatformSample.USER_TASK_HANDLE));
    assertThat(caseRecords.verify(caseNo).intact()).isTrue();
  }

  @Test
  void handlersAndSectionChiefsAddEvidenceReviewersLeadersAndAdministratorsDoNot() {
    int records = caseRecords.of(caseNo).size();
    for (String user : List.of("jingan-reviewer", "jingan-leader", "city-leader", "admin")) {
      ResponseEntity<Map> refused = upload(user, "photo.png", PNG, null, null);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("detail").toString()).contains("只有承办人和科室负责人可以添加证据");
    }
    assertThat(caseRecords.of(caseNo)).hasSize(records);
    for (String user : List.of("jingan-handler", "jingan-chief", "city-handler")) {
      assertThat(upload(user, "photo.png", PNG, null, null).getStatusCode()).as(user).isEqualTo(HttpStatus.CREATED);
    }
    assertThat(rest.getList("jingan-leader", "/api/cases/" + caseNo + "/evidence").getBody())
        .extracting(e -> e.get("uploadedBy")).containsExactly("jingan-handler", "jingan-chief", "city-handler");
  }

  @Test
  void evidenceBelongsToAStepOfTheCaseAndAClosedCaseTakesNoMore() {
    int records = caseRecords.of(caseNo).size();
    for (String step : List.of(PlatformSample.USER_TASK_REVIEW, "UserTask_Elsewhere")) {
      ResponseEntity<Map> refused = upload("jingan-handler", "photo.png", PNG, null, step);
      assertThat(refused.getStatusCode()).as(step).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("detail").toString()).contains("本案没有该办理环节：" + step);
    }
    assertThat(caseRecords.of(caseNo)).hasSize(records);

    complete(PlatformSample.USER_TASK_HANDLE, Map.of(PlatformSample.HANDLE_OUTCOME, "APPROVED"));
    assertThat(rest.getList("jingan-handler", "/api/cases/" + caseNo + "/evidence/steps").getBody())
        .extracting(s -> s.get("id") + " " + s.get("open"))
        .containsExactly(PlatformSample.USER_TASK_REVIEW + " true", PlatformSample.USER_TASK_HANDLE + " false");
    assertThat(upload("jingan-handler", "photo.png", PNG, null, PlatformSample.USER_TASK_HANDLE).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    complete(PlatformSample.USER_TASK_REVIEW, Map.of("outcome", "APPROVED"));
    assertThat(caseFile.find(caseNo).orElseThrow().closedAt()).isNotNull();
    int closed = caseRecords.of(caseNo).size();
    ResponseEntity<Map> late = upload("jingan-handler", "photo.png", PNG, null, null);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().get("detail").toString()).contains("案件已办结，不能再添加证据");
    assertThat(caseRecords.of(caseNo)).hasSize(closed);
    assertThat(rest.getList("jingan-handler", "/api/cases/" + caseNo + "/evidence").getBody()).hasSize(1);
  }

  @Test
  void aChangedFileIsFoundByTheChainVerification() throws Exception {
    ResponseEntity<Map> uploaded = upload("jingan-handler", "询问笔录.pdf", PDF, null, null);
    // A PDF is left to the browser's viewer.
    ResponseEntity<byte[]> shown = rest.as("jingan-handler").exchange(uploaded.getHeaders().getLocation().getPath(),
        HttpMethod.GET, null, byte[].class);
    assertThat(shown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(shown.getHeaders().getFirst("Content-Security-Policy")).isNull();
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
    int records = caseRecords.of(caseNo).size();

    ResponseEntity<Map> script = upload("jingan-handler", "evil.png", "<script>alert(1)</script>".getBytes(), null, null);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(script.getBody().get("detail").toString()).contains("不支持的证据文件类型");

    ResponseEntity<Map> huge = upload("jingan-handler", "video.mp4", withHeader(
        new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 3 * 1024 * 1024), null, null);
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

    assertThat(caseRecords.of(caseNo)).hasSize(records);
    assertThat(rest.getList("jingan-handler", "/api/cases/" + caseNo + "/evidence").getBody()).isEmpty();
  }

  @Test
  void aPathInTheFileNameStaysAName() {
    ResponseEntity<Map> uploaded = upload("jingan-handler", "../../etc/passwd.png", PNG, null, null);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(uploaded.getBody()).containsEntry("fileName", "passwd.png");
    assertThat(Files.exists(evidenceProperties.directory().resolve("../../etc/passwd.png").normalize())).isFalse();
  }

  @Test
  void anotherDistrictSeesNoEvidence() {
    ResponseEntity<Map> uploaded = upload("jingan-handler", "photo.png", PNG, null, null);
    String path = uploaded.getHeaders().getLocation().getPath();
    assertThat(upload("changning-handler", "photo.png", PNG, null, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.as("changning-handler").getForEntity("/api/cases/" + caseNo + "/evidence/steps", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getMap("changning-handler", "/api/cases/" + caseNo + "/evidence").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.as("changning-leader").getForEntity(path, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(restTemplate.getForEntity(path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map> upload(String user, String fileName, byte[] content, String description, String step) {
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
    if (step != null) {
      form.add("step", step);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.as(user).postForEntity("/api/cases/" + caseNo + "/evidence", new HttpEntity<>(form, headers),
        Map.class);
  }

  /** Completes the case's open task of the definition, as the engine's API does without a user. */
  private void complete(String taskKey, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
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
