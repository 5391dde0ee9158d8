package dev.warren.domain.change;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.util.List;
import java.util.TreeSet;

/** Changes to volumes. */
public sealed interface VolumeChange extends StateChange {

  /** A volume was created; its name must still be free when the change is applied. */
  record VolumeCreated(Volume volume) implements VolumeChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.requireNew(state, EntityKind.VOLUME, "volume", volume);
      state.put(EntityKind.VOLUME, volume);
    }
  }

  /**
   * A volume was deleted. Refused while a service mounts it by name or a container that has not
   * ended does (a container keeps the mounts of the spec it was created from).
   */
  record VolumeDeleted(VolumeId volumeId) implements VolumeChange {
    @Override
    public void applyTo(StateWriter state) {
      Volume volume = ApplySteps.existing(state, EntityKind.VOLUME, "volume", volumeId.value());
      var users = new TreeSet<String>();
      for (Service service : state.list(EntityKind.SERVICE)) {
        if (mounts(service.spec().volumes(), volume)) {
          users.add(service.name());
        }
      }
      for (Task task : state.list(EntityKind.TASK)) {
        if (!task.state().isTerminal() && mounts(task.volumes(), volume)) {
          users.add(task.serviceName());
        }
      }
      if (!users.isEmpty()) {
        throw new FailedPreconditionException(
            "volume "
                + volume.name()
                + " is mounted by service "
                + String.join(", ", users)
                + "; remove the mount (or the service) first");
      }
      state.delete(EntityKind.VOLUME, volumeId.value());
    }

    private static boolean mounts(List<VolumeMount> mounts, Volume volume) {
      return mounts.stream().anyMatch(mount -> mount.source().equals(volume.name()));
    }
  }
}
