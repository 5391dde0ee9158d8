package dev.warren.testkit;

import dev.warren.domain.port.out.CertificateAuthorityPort;
import java.nio.file.Path;
import java.time.InstantSource;

class InMemoryCertificateAuthorityAdapterTest extends CertificateAuthorityPortContract {
  @Override
  protected CertificateAuthorityPort newAuthority(Path directory, InstantSource clock) {
    return new InMemoryCertificateAuthorityAdapter(clock);
  }
}
