package cn.sh.emergency.supervision.casefile.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseEvidenceFiles;
import cn.sh.emergency.supervision.casefile.EvidenceStep;
import cn.sh.emergency.supervision.casefile.EvidenceView;
import cn.sh.emergency.supervision.casefile.process.EvidenceSteps;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

/**
 * Evidence of a case: upload (multipart {@code file}, optional {@code description} and {@code step}, the step of the
 * case it belongs to), list, the steps it may belong to, and the file itself. Handlers and section chiefs of the case's
 * district (or the city) add evidence while the case is open; everyone who may see the case sees it.
 */
@RestController
@RequestMapping({"/api/cases/{caseNo}/evidence", "/dashboard/api/cases/{caseNo}/evidence"})
class EvidenceController {

  /**
   * A photo, recording or video is shown in a sandbox, never as a page of the application (the store only takes
   * media and PDF, recognised by their first bytes); a PDF is left to the browser's viewer, which a sandbox blocks.
   */
  static final String SANDBOX = "sandbox";

  private final CaseEvidenceFiles evidence;
  private final EvidenceSteps steps;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  EvidenceController(CaseEvidenceFiles evidence, EvidenceSteps steps, CaseAccess cases, CurrentUser currentUser) {
    this.evidence = evidence;
    this.steps = steps;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceView> upload(@PathVariable String caseNo, @RequestPart("file") MultipartFile file,
                                      @RequestParam(required = false) String description,
                                      @RequestParam(required = false) String step) {
    cases.visible(caseNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasAnyRole(Roles.EVIDENCE_COLLECTORS)) {
      throw new ForbiddenException("只有承办人和科室负责人可以添加证据");
    }
    EvidenceStep belongsTo = step == null || step.isBlank() ? null : steps.find(caseNo, step.trim());
    try (InputStream content = file.getInputStream()) {
      EvidenceView added = evidence.add(caseNo, file.getOriginalFilename(), description, belongsTo, content,
          user.userId());
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

  /** The steps of the case evidence may be filed under: open ones first, then those done, newest first. */
  @GetMapping("/steps")
  List<EvidenceStep> steps(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return steps.of(caseNo);
  }

  /** The file as uploaded, shown in the browser (a new tab of the case page) under its name. */
  @GetMapping("/{id}")
  ResponseEntity<InputStreamResource> download(@PathVariable String caseNo, @PathVariable long id) {
    cases.visible(caseNo);
    CaseEvidenceFiles.Download download = evidence.open(caseNo, id);
    EvidenceView view = download.evidence();
    MediaType type = MediaType.parseMediaType(view.contentType());
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .contentType(type)
        .contentLength(view.sizeBytes())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(view.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", view.sha256());
    if (!MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type)) {
      response.header("Content-Security-Policy", SANDBOX);
    }
    return response.body(new InputStreamResource(download.content().get()));
  }
}
