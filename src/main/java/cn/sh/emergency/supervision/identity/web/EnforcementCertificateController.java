package cn.sh.emergency.supervision.identity.web;

import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's enforcement certificate number (执法证号), administrators only: {@code GET} shows it (404 when the user has
 * none), {@code PUT} with {@code {"certificateNo": …}} registers or replaces it, {@code DELETE} removes it. Only
 * users holding one may investigate a penalty case (行政处罚法 art. 42).
 */
@RestController
@RequestMapping("/api/admin/users/{userId}/enforcement-certificate")
class EnforcementCertificateController {

  private final EnforcementCertificates certificates;
  private final CurrentUser currentUser;

  EnforcementCertificateController(EnforcementCertificates certificates, CurrentUser currentUser) {
    this.certificates = certificates;
    this.currentUser = currentUser;
  }

  @GetMapping
  CertificateView show(@PathVariable String userId) {
    requireAdministrator();
    EnforcementOfficer officer = certificates.officer(userId)
        .orElseThrow(() -> new NotFoundException("用户不存在：" + userId));
    if (!officer.certified()) {
      throw new NotFoundException("用户" + userId + "（" + officer.name() + "）未登记执法证号");
    }
    return CertificateView.of(officer);
  }

  @PutMapping
  CertificateView register(@PathVariable String userId, @RequestBody CertificateRequest request) {
    requireAdministrator();
    return CertificateView.of(certificates.register(userId, request.certificateNo()));
  }

  @DeleteMapping
  ResponseEntity<Void> remove(@PathVariable String userId) {
    requireAdministrator();
    certificates.remove(userId);
    return ResponseEntity.noContent().build();
  }

  private void requireAdministrator() {
    currentUser.requireAdministrator("只有系统管理员可以管理执法证号");
  }

  record CertificateRequest(String certificateNo) {
  }

  record CertificateView(String userId, String name, String certificateNo) {

    static CertificateView of(EnforcementOfficer officer) {
      return new CertificateView(officer.userId(), officer.name(), officer.certificateNo());
    }
  }
}
