package dev.warren.application.security;

import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/**
 * Who may see sensitive payloads: a secret's plaintext leaves a manager only to managers and to a
 * worker that runs a container using it; a TLS certificate's private key only to managers.
 */
public final class DataEntitlements {
  private DataEntitlements() {}

  /**
   * Whether {@code caller} may receive the plaintext of the secret named {@code secretName}: a
   * manager, or a worker whose node has a live container (wanted running, not finished) that names
   * the secret. Admins and the local socket get metadata only.
   */
  public static boolean maySeeSecretData(StateReader reader, Caller caller, String secretName) {
    if (caller.isManager()) {
      return true;
    }
    if (!(caller instanceof Caller.Certified certified)
        || certified.identity().role() != Role.WORKER) {
      return false;
    }
    String node = certified.identity().name();
    return reader.list(EntityKind.TASK).stream()
        .filter(task -> isLiveOn(task, node))
        .anyMatch(task -> task.secrets().contains(secretName));
  }

  /** Whether {@code caller} may receive private keys of stored TLS certificates. */
  public static boolean maySeePrivateKeys(Caller caller) {
    return caller.isManager();
  }

  private static boolean isLiveOn(Task task, String node) {
    return task.desiredState() == DesiredState.RUNNING
        && !task.state().isTerminal()
        && task.nodeId().filter(id -> id.value().equals(node)).isPresent();
  }
}
