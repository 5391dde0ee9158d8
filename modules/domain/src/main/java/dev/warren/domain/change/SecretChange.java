package dev.warren.domain.change;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.util.List;
import java.util.TreeSet;

/** Changes to secrets. They carry only sealed payloads: plaintext never enters the log. */
public sealed interface SecretChange extends StateChange {

  /** A secret was created; its name must still be free when the change is applied. */
  record SecretCreated(Secret secret) implements SecretChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.requireNew(state, EntityKind.SECRET, "secret", secret);
      state.put(EntityKind.SECRET, secret);
    }
  }

  /**
   * A secret was deleted. Refused while a container that has not ended references it by name:
   * deleting it would leave that container unable to restart.
   */
  record SecretDeleted(SecretId secretId) implements SecretChange {
    @Override
    public void applyTo(StateWriter state) {
      Secret secret = ApplySteps.existing(state, EntityKind.SECRET, "secret", secretId.value());
      List<Task> users =
          state.list(EntityKind.TASK).stream()
              .filter(task -> !task.state().isTerminal())
              .filter(task -> task.secrets().contains(secret.name()))
              .toList();
      if (!users.isEmpty()) {
        var services = new TreeSet<String>();
        users.forEach(task -> services.add(task.serviceName()));
        throw new FailedPreconditionException(
            "secret "
                + secret.name()
                + " is in use by "
                + users.size()
                + (users.size() == 1 ? " container" : " containers")
                + " of service "
                + String.join(", ", services)
                + "; remove "
                + (services.size() == 1 ? "that service" : "those services")
                + " first");
      }
      state.delete(EntityKind.SECRET, secretId.value());
    }
  }
}
