package dev.warren.application.secret;

import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.security.DataEntitlements;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.SecretCipherPort;
import java.util.Optional;

/**
 * Reads a secret by name: metadata for every caller, the plaintext only for the entitled ones (see
 * {@link DataEntitlements#maySeeSecretData}). The entitlement is decided on the same consistent
 * state as the secret is read from.
 */
public final class ReadSecretHandler implements ReadSecretUseCase {
  private record Found(Secret secret, boolean entitled) {}

  private final StateQueries queries;
  private final SecretCipherPort cipher;

  public ReadSecretHandler(ClusterStatePort state, ReplicatedLogPort log, SecretCipherPort cipher) {
    this.queries = new StateQueries(state, log);
    this.cipher = Checks.notNull("secret cipher", cipher);
  }

  @Override
  public SecretReading read(Caller caller, GetSecretByNameRequest request) {
    Checks.notNull("caller", caller);
    Found found =
        queries.read(
            request.consistency(),
            reader -> {
              Secret secret = Lookups.byName(reader, EntityKind.SECRET, "secret", request.name());
              return new Found(
                  secret, DataEntitlements.maySeeSecretData(reader, caller, request.name()));
            });
    Secret secret = found.secret();
    return new SecretReading(
        secret.metadata(),
        found.entitled() ? Optional.of(cipher.open(secret.data())) : Optional.empty());
  }
}
