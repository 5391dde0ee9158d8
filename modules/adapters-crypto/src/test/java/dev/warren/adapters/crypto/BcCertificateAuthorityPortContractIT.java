package dev.warren.adapters.crypto;

import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.testkit.CertificateAuthorityPortContract;
import java.nio.file.Path;
import java.time.InstantSource;

class BcCertificateAuthorityPortContractIT extends CertificateAuthorityPortContract {
  @Override
  protected CertificateAuthorityPort newAuthority(Path directory, InstantSource clock) {
    return new BcCertificateAuthorityAdapter(directory, clock);
  }

  @Override
  protected boolean keepsItsCa() {
    return true;
  }
}
