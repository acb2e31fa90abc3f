package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.CertificateNumbers;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Enforcement certificate numbers in the engine's own per-user info store ({@code ACT_ID_INFO}, key
 * {@value #INFO_KEY}): no table of the project's own, and the engine removes the number with the user, so a user
 * created later under the same id does not inherit it.
 */
@Component
class EnforcementCertificateStore implements EnforcementCertificates {

  static final String INFO_KEY = "enforcementCertificateNo";

  private static final Logger LOG = LoggerFactory.getLogger(EnforcementCertificateStore.class);

  private final IdentityService identityService;
  private final UserNames names;

  EnforcementCertificateStore(IdentityService identityService, UserNames names) {
    this.identityService = identityService;
    this.names = names;
  }

  @Override
  public Optional<EnforcementOfficer> officer(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return SystemContext.asSystem(identityService, () -> {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        return Optional.empty();
      }
      String number = identityService.getUserInfo(userId, INFO_KEY);
      return Optional.of(new EnforcementOfficer(userId, names.of(userId),
          number == null || number.isBlank() ? null : number));
    });
  }

  @Override
  public EnforcementOfficer register(String userId, String certificateNo) {
    String number = CertificateNumbers.normalise(certificateNo);
    EnforcementOfficer before = existing(userId);
    identityService.setUserInfo(userId, INFO_KEY, number);
    LOG.info("Enforcement certificate of {} set to {} (was {}) by {}", userId, number, before.certificateNo(),
        EngineUsers.currentOr(identityService, null));
    return new EnforcementOfficer(userId, before.name(), number);
  }

  @Override
  public void remove(String userId) {
    EnforcementOfficer before = existing(userId);
    if (before.certified()) {
      identityService.deleteUserInfo(userId, INFO_KEY);
      LOG.info("Enforcement certificate {} of {} removed by {}", before.certificateNo(), userId,
          EngineUsers.currentOr(identityService, null));
    }
  }

  /** Seeds a number (demo data) unless the user has one already; nothing is logged. */
  void registerIfAbsent(String userId, String certificateNo) {
    if (identityService.getUserInfo(userId, INFO_KEY) == null) {
      identityService.setUserInfo(userId, INFO_KEY, CertificateNumbers.normalise(certificateNo));
    }
  }

  private EnforcementOfficer existing(String userId) {
    return officer(userId).orElseThrow(() -> new NotFoundException("用户不存在：" + userId));
  }
}
