package dev.warren.bootstrap.lifecycle;

import dev.warren.application.security.NodeCertificates;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import dev.warren.tls.ClientTlsIdentity;
import dev.warren.tls.PemMaterial;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * The admin certificate of the user who starts a manager: issued from the local CA into that user's
 * credentials directory when it holds no valid admin certificate of this cluster (none, expired, or
 * from another CA). The key is generated in this process and never crosses a network.
 */
final class AdminCredentials {
  /** The CN of the admin certificate a manager issues to the user who starts it. */
  static final String ADMIN_NAME = "admin";

  private AdminCredentials() {}

  /**
   * Makes sure {@code directory} holds a valid admin certificate of {@code clusterId}'s CA.
   *
   * @return whether a new certificate was written
   * @throws java.io.UncheckedIOException if the directory cannot be written
   */
  static boolean ensure(
      CredentialsDirectory directory,
      CertificateAuthorityPort authority,
      String caCertificatePem,
      ClusterId clusterId,
      InstantSource clock) {
    if (holdsValid(directory, caCertificatePem, clusterId, clock.instant())) {
      return false;
    }
    IssuedCertificate issued =
        authority.issue(
            new CertificateRequest(
                new Identity(ADMIN_NAME, clusterId, Role.ADMIN),
                List.of(),
                List.of(),
                new KeySource.GenerateEcP256(),
                NodeCertificates.VALIDITY));
    directory.write(
        new ClientTlsIdentity(
            issued.certificatePem(),
            issued.privateKeyPem().orElseThrow(),
            issued.caCertificatePem()));
    return true;
  }

  private static boolean holdsValid(
      CredentialsDirectory directory, String caCertificatePem, ClusterId clusterId, Instant now) {
    Optional<ClientTlsIdentity> stored;
    try {
      stored = directory.read();
    } catch (DomainException incomplete) {
      return false;
    }
    if (stored.isEmpty()) {
      return false;
    }
    try {
      X509Certificate ca = first(caCertificatePem);
      X509Certificate certificate = first(stored.get().certificatePem());
      if (!first(stored.get().caCertificatePem()).equals(ca)) {
        return false;
      }
      certificate.verify(ca.getPublicKey());
      certificate.checkValidity(java.util.Date.from(now));
      String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
      return subject.contains("OU=" + Role.ADMIN.wireName())
          && subject.endsWith("O=" + clusterId.value());
    } catch (GeneralSecurityException | RuntimeException unusable) {
      return false;
    }
  }

  private static X509Certificate first(String pem) {
    return PemMaterial.certificates("the admin certificate", pem).getFirst();
  }
}
