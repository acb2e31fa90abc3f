package cn.sh.emergency.supervision.casefile.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseEvidenceFiles;
import cn.sh.emergency.supervision.casefile.EvidenceView;
import cn.sh.emergency.supervision.identity.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence of a case: upload (multipart {@code file}, optional {@code description}), list, download. */
@RestController
@RequestMapping("/api/cases/{caseNo}/evidence")
class EvidenceController {

  private final CaseEvidenceFiles evidence;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  EvidenceController(CaseEvidenceFiles evidence, CaseAccess cases, CurrentUser currentUser) {
    this.evidence = evidence;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceView> upload(@PathVariable String caseNo, @RequestPart("file") MultipartFile file,
                                      @RequestParam(required = false) String description) {
    cases.visible(caseNo);
    try (InputStream content = file.getInputStream()) {
      EvidenceView added = evidence.add(caseNo, file.getOriginalFilename(), description, content,
          currentUser.get().userId());
      return ResponseEntity.created(URI.create("/api/cases/" + caseNo + "/evidence/" + added.id())).body(added);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping
  List<EvidenceView> list(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return evidence.list(caseNo);
  }

  @GetMapping("/{id}")
  ResponseEntity<InputStreamResource> download(@PathVariable String caseNo, @PathVariable long id) {
    cases.visible(caseNo);
    CaseEvidenceFiles.Download download = evidence.open(caseNo, id);
    EvidenceView view = download.evidence();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(view.contentType()))
        .contentLength(view.sizeBytes())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(view.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", view.sha256())
        .body(new InputStreamResource(download.content().get()));
  }
}
