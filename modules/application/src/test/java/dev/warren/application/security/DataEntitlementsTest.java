package dev.warren.application.security;

import static dev.warren.application.security.Callers.ADMIN;
import static dev.warren.application.security.Callers.LOCAL;
import static dev.warren.application.security.Callers.MANAGER;
import static dev.warren.application.security.Callers.WORKER_A;
import static dev.warren.application.security.Callers.containerOn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataEntitlementsTest {
  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();

  private void put(Task task) {
    state.apply(state.lastAppliedIndex() + 1, writer -> writer.put(EntityKind.TASK, task));
  }

  private boolean maySee(Caller caller, String secret) {
    return state.read(reader -> DataEntitlements.maySeeSecretData(reader, caller, secret));
  }

  @Test
  void aWorkerSeesTheSecretsOfLiveContainersOnItsNodeOnly() {
    put(containerOn("c1", "node-a", TaskState.RUNNING, List.of("db-password")));
    put(containerOn("c2", "node-a", TaskState.FAILED, List.of("old-token")));
    put(containerOn("c3", "node-b", TaskState.RUNNING, List.of("api-key")));

    assertThat(maySee(WORKER_A, "db-password")).isTrue();
    assertThat(maySee(WORKER_A, "old-token")).isFalse();
    assertThat(maySee(WORKER_A, "api-key")).isFalse();
    assertThat(maySee(Callers.certified("node-b", Role.WORKER), "api-key")).isTrue();
  }

  @Test
  void managersSeeEverySecretAdminsAndTheLocalSocketNone() {
    put(containerOn("c1", "alice", TaskState.RUNNING, List.of("db-password")));

    assertThat(maySee(MANAGER, "db-password")).isTrue();
    assertThat(maySee(MANAGER, "unused")).isTrue();
    assertThat(maySee(ADMIN, "db-password")).isFalse();
    assertThat(maySee(LOCAL, "db-password")).isFalse();
    assertThat(maySee(Callers.ANONYMOUS, "db-password")).isFalse();
  }

  @Test
  void onlyManagersSeePrivateKeys() {
    assertThat(DataEntitlements.maySeePrivateKeys(MANAGER)).isTrue();
    for (Caller other : List.of(ADMIN, WORKER_A, LOCAL, Callers.ANONYMOUS)) {
      assertThat(DataEntitlements.maySeePrivateKeys(other)).as(other.toString()).isFalse();
    }
  }
}
