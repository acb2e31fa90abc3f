package cn.sh.emergency.supervision.identity;

import java.util.Optional;

/**
 * The enforcement certificate numbers (执法证号) of users, kept as an attribute of the user in the identity store
 * (行政处罚法 art. 42: a penalty case is investigated by at least two officers holding a certificate). Read on
 * behalf of the system, whoever asks; changed only by administrators (the caller checks the role).
 */
public interface EnforcementCertificates {

  /** The user as an officer, empty when no such user exists. */
  Optional<EnforcementOfficer> officer(String userId);

  /**
   * Registers (or replaces) the user's number after checking its form ({@link CertificateNumbers}).
   *
   * @throws cn.sh.emergency.supervision.shared.NotFoundException when no such user exists
   * @throws cn.sh.emergency.supervision.shared.InvalidInputException when the number is malformed
   */
  EnforcementOfficer register(String userId, String certificateNo);

  /**
   * Removes the user's number; nothing happens when the user has none.
   *
   * @throws cn.sh.emergency.supervision.shared.NotFoundException when no such user exists
   */
  void remove(String userId);
}
