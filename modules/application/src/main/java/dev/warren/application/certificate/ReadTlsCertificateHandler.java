package dev.warren.application.certificate;

import dev.warren.application.replication.StateQueries;
import dev.warren.application.security.DataEntitlements;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ReadTlsCertificateUseCase;
import dev.warren.domain.port.in.TlsCertificateReading;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.SecretCipherPort;
import java.util.Optional;

/**
 * Reads one TLS certificate by id or name; its private key is opened only for managers (see {@link
 * DataEntitlements#maySeePrivateKeys}).
 */
public final class ReadTlsCertificateHandler implements ReadTlsCertificateUseCase {
  private final StateQueries queries;
  private final SecretCipherPort cipher;

  public ReadTlsCertificateHandler(
      ClusterStatePort state, ReplicatedLogPort log, SecretCipherPort cipher) {
    this.queries = new StateQueries(state, log);
    this.cipher = Checks.notNull("secret cipher", cipher);
  }

  @Override
  public TlsCertificateReading read(Caller caller, GetTlsCertificateRequest request) {
    Checks.notNull("caller", caller);
    TlsCertificate certificate =
        queries.read(
            request.consistency(), reader -> CertificateLookup.find(reader, request.certificate()));
    return new TlsCertificateReading(
        TlsCertificateInfo.of(certificate),
        DataEntitlements.maySeePrivateKeys(caller)
            ? Optional.of(cipher.open(certificate.sealedKeyPem()))
            : Optional.empty());
  }
}
