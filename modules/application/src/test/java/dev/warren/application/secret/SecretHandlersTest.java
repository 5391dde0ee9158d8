package dev.warren.application.secret;

import static dev.warren.application.SeededManager.container;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.NamedResourceHandlersContract;
import dev.warren.application.SeededManager;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.SecretChange.SecretCreated;
import dev.warren.domain.change.SecretChange.SecretDeleted;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemorySecretCipherAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretHandlersTest extends NamedResourceHandlersContract<SecretMetadata, SecretId> {
  private static final Bytes PASSWORD = Bytes.of("s3cr3t-p4ss".getBytes(StandardCharsets.UTF_8));

  private final InMemorySecretCipherAdapter cipher = new InMemorySecretCipherAdapter();

  @Override
  protected String noun() {
    return "secret";
  }

  @Override
  protected SecretMetadata create(String name) {
    return new CreateSecretHandler(manager.state, manager.log, cipher, manager.clock)
        .create(new CreateSecretRequest(name, PASSWORD));
  }

  @Override
  protected SecretMetadata get(String name) {
    return new ReadSecretHandler(manager.state, manager.log, cipher)
        .read(
            new Caller.LocalReader(),
            new GetSecretByNameRequest(name, ReadConsistency.LINEARIZABLE))
        .metadata();
  }

  @Override
  protected void delete(SecretId id) {
    new DeleteSecretHandler(manager.state, manager.log).delete(new DeleteSecretRequest(id));
  }

  @Override
  protected List<SecretMetadata> list() {
    return new ListSecretsHandler(new StateQueries(manager.state, manager.log))
        .list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE));
  }

  @Override
  protected String nameOf(SecretMetadata secret) {
    return secret.name();
  }

  @Override
  protected SecretId id(String value) {
    return SecretId.of(value);
  }

  /** Nothing was sealed for the refused duplicate either. */
  @Override
  protected void nothingElseHappenedForTheDuplicate() {
    assertThat(cipher.sealedCount()).isOne();
  }

  private Secret stored(SecretId id) {
    return manager.state.read(reader -> reader.get(EntityKind.SECRET, id.value())).orElseThrow();
  }

  @Test
  void onlyThePayloadSealedBeforeProposingIsReplicatedAndStored() {
    SecretMetadata created = create("db-password");

    var proposed = (SecretCreated) manager.log.proposed().getFirst();
    assertThat(proposed.secret().data().ciphertext()).isNotEqualTo(PASSWORD);
    assertThat(proposed.secret().data().keyId()).isEqualTo(InMemorySecretCipherAdapter.KEY_ID);
    Secret stored = stored(created.id());
    assertThat(stored.data().ciphertext()).isNotEqualTo(PASSWORD);
    assertThat(cipher.open(stored.data())).isEqualTo(PASSWORD);
  }

  @Test
  void createdSecretIsReadableByNameAsMetadata() {
    manager.clock.advance(Duration.ofNanos(1_234_567));

    SecretMetadata created = create("db-password");

    assertThat(created.name()).isEqualTo("db-password");
    assertThat(created.createdAt()).isEqualTo(Fixture.T0.plusNanos(1_234_000));
    assertThat(get("db-password")).isEqualTo(created);
    assertThat(stored(created.id()).metadata()).isEqualTo(created);
  }

  @Test
  void deleteRemovesTheSecretAndFreesItsName() {
    SecretMetadata created = create("db-password");

    delete(created.id());

    assertThat(manager.log.proposed()).last().isEqualTo(new SecretDeleted(created.id()));
    assertThatThrownBy(() -> get("db-password")).isInstanceOf(NotFoundException.class);
    assertThat(create("db-password").id()).isNotEqualTo(created.id());
  }

  @Test
  void deleteIsRefusedWhileAContainerThatHasNotEndedUsesIt() {
    Task running = container("c-1", "web", TaskState.RUNNING, List.of("db-password"), List.of());
    Task pending = container("c-2", "api", TaskState.PENDING, List.of("db-password"), List.of());
    Task other = container("c-3", "web", TaskState.RUNNING, List.of("other"), List.of());
    manager = new SeededManager(running, pending, other);
    SecretMetadata created = create("db-password");

    assertThatThrownBy(() -> delete(created.id()))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage(
            "secret db-password is in use by 2 containers of service api, web;"
                + " remove those services first");
    assertThat(get("db-password")).isEqualTo(created);
  }

  @Test
  void deleteIsAllowedWhenOnlyEndedContainersUsedIt() {
    manager =
        new SeededManager(
            container("c-1", "web", TaskState.SHUTDOWN, List.of("db-password"), List.of()),
            container("c-2", "web", TaskState.FAILED, List.of("db-password"), List.of()));
    SecretMetadata created = create("db-password");

    delete(created.id());

    assertThatThrownBy(() -> get("db-password")).isInstanceOf(NotFoundException.class);
  }
}
