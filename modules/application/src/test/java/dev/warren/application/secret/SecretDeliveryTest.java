package dev.warren.application.secret;

import static dev.warren.application.security.Callers.ADMIN;
import static dev.warren.application.security.Callers.LOCAL;
import static dev.warren.application.security.Callers.MANAGER;
import static dev.warren.application.security.Callers.WORKER_A;
import static dev.warren.application.security.Callers.containerOn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.SeededManager;
import dev.warren.application.security.Callers;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.testkit.InMemorySecretCipherAdapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretDeliveryTest {
  private static final Bytes PASSWORD = Bytes.of("s3cr3t".getBytes(StandardCharsets.UTF_8));

  private final InMemorySecretCipherAdapter cipher = new InMemorySecretCipherAdapter();
  private final SeededManager manager =
      new SeededManager(containerOn("c1", "node-a", TaskState.RUNNING, List.of("db-password")));
  private final SecretMetadata created =
      new CreateSecretHandler(manager.state, manager.log, cipher, manager.clock)
          .create(new CreateSecretRequest("db-password", PASSWORD));

  private SecretReading read(Caller caller) {
    return new ReadSecretHandler(manager.state, manager.log, cipher)
        .read(caller, new GetSecretByNameRequest("db-password", ReadConsistency.LINEARIZABLE));
  }

  @Test
  void theWorkerRunningAContainerThatUsesTheSecretGetsThePlaintext() {
    assertThat(read(WORKER_A))
        .isEqualTo(new SecretReading(created, java.util.Optional.of(PASSWORD)));
  }

  @Test
  void managersGetThePlaintext() {
    assertThat(read(MANAGER).plaintext()).contains(PASSWORD);
  }

  @Test
  void everyoneElseGetsMetadataOnly() {
    for (Caller caller : List.of(ADMIN, LOCAL, Callers.certified("node-b", Role.WORKER))) {
      SecretReading reading = read(caller);
      assertThat(reading.metadata()).as(caller.toString()).isEqualTo(created);
      assertThat(reading.plaintext()).as(caller.toString()).isEmpty();
    }
  }
}
