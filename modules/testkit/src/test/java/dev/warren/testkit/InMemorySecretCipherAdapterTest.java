package dev.warren.testkit;

import dev.warren.domain.port.out.SecretCipherPort;
import java.nio.file.Path;

class InMemorySecretCipherAdapterTest extends SecretCipherPortContract {
  @Override
  protected SecretCipherPort newCipher(Path directory) {
    return new InMemorySecretCipherAdapter();
  }
}
