package dev.warren.domain.port.in;

import dev.warren.domain.model.secret.SecretMetadata;
import java.util.List;

/** Lists secrets, never their payloads. */
public interface ListSecretsUseCase {
  /**
   * @return every secret's metadata, ordered by name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<SecretMetadata> list(ListSecretsRequest request);
}
