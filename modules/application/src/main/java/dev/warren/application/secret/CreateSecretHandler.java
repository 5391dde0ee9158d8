package dev.warren.application.secret;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.SecretChange.SecretCreated;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.SecretCipherPort;
import java.time.InstantSource;

/**
 * Creates a secret: seals the payload first, so that only ciphertext is ever proposed, replicated
 * and stored, then proposes one {@code SecretCreated}.
 */
public record CreateSecretHandler(
    ClusterStatePort state, ReplicatedLogPort log, SecretCipherPort cipher, InstantSource clock)
    implements CreateSecretUseCase {

  @Override
  public SecretMetadata create(CreateSecretRequest request) {
    String name = request.name();
    Lookups.requireNameFree(state, log, EntityKind.SECRET, "secret", name);
    var secret =
        new Secret(SecretId.random(), name, StoredTime.now(clock), cipher.seal(request.data()));
    Futures.await(log.propose(new SecretCreated(secret)), "creating secret " + name);
    return secret.metadata();
  }
}
