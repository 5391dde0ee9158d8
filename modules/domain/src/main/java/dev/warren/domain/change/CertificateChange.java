package dev.warren.domain.change;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;
import java.util.List;

/** Changes to the TLS certificates that ingresses terminate TLS with. */
public sealed interface CertificateChange extends StateChange {

  /** A certificate was stored; its name must still be free when the change is applied. */
  record CertificateCreated(TlsCertificate certificate) implements CertificateChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.requireNew(state, EntityKind.CERTIFICATE, "TLS certificate", certificate);
      state.put(EntityKind.CERTIFICATE, certificate);
    }
  }

  /** A certificate was deleted; refused while an ingress still names it. */
  record CertificateDeleted(CertificateId certificateId) implements CertificateChange {
    @Override
    public void applyTo(StateWriter state) {
      TlsCertificate current =
          ApplySteps.existing(
              state, EntityKind.CERTIFICATE, "TLS certificate", certificateId.value());
      requireUnused(state, current);
      state.delete(EntityKind.CERTIFICATE, certificateId.value());
    }
  }

  /**
   * Checks that no ingress names {@code certificate}; the handler calls it before proposing, the
   * apply rule again at commit.
   *
   * @throws FailedPreconditionException naming the ingresses that use it
   */
  static void requireUnused(StateReader state, TlsCertificate certificate) {
    List<String> users =
        state.list(EntityKind.INGRESS).stream()
            .filter(
                ingress ->
                    ingress
                        .tls()
                        .flatMap(tls -> tls.certificateName())
                        .filter(certificate.name()::equals)
                        .isPresent())
            .map(Ingress::name)
            .sorted()
            .toList();
    if (!users.isEmpty()) {
      throw new FailedPreconditionException(
          "TLS certificate "
              + certificate.name()
              + " is in use by ingress "
              + String.join(", ", users)
              + "; remove it from them first");
    }
  }
}
