package dev.warren.adapters.crypto;

import dev.warren.domain.port.out.SecretCipherPort;
import dev.warren.testkit.SecretCipherPortContract;
import java.nio.file.Path;

class BcSecretCipherPortContractIT extends SecretCipherPortContract {
  @Override
  protected SecretCipherPort newCipher(Path directory) {
    return BcSecretCipherAdapter.openOrCreate(directory);
  }

  @Override
  protected boolean keepsItsKey() {
    return true;
  }
}
