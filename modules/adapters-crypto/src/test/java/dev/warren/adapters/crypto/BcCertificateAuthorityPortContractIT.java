package dev.warren.adapters.crypto;

import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.testkit.CertificateAuthorityPortContract;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;

class BcCertificateAuthorityPortContractIT extends CertificateAuthorityPortContract {
  @Override
  protected CertificateAuthorityPort newAuthority(Path directory, InstantSource clock) {
    return new BcCertificateAuthorityAdapter(directory, clock);
  }

  @Override
  protected Optional<CertificateAuthorityPort> reopen(Path directory, InstantSource clock) {
    return Optional.of(new BcCertificateAuthorityAdapter(directory, clock));
  }
}
