package dev.warren.application.worker;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.HostPortsPort;
import dev.warren.domain.port.out.SecretFile;
import dev.warren.domain.port.out.VolumeBinding;
import dev.warren.domain.port.out.VolumeDriverPort;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an assignment into what a runtime starts: the task itself plus the plaintext of the secrets
 * it references (read as this node, which the managers allow only for a container assigned to it),
 * the host paths of its volumes (provisioned by the node's volume driver) and the host ports its
 * service publishes (checked free). Anything missing fails that one container with a message that
 * says what to do.
 */
public interface ContainerLaunches {

  /**
   * The launch of {@code task}.
   *
   * @throws dev.warren.domain.error.DomainException if a secret or volume it references is gone or
   *     unusable; the worker reports the container failed with the message
   */
  ContainerLaunch resolve(Task task);

  /** Launches for tasks that reference no secrets or volumes (tests, minimal workers). */
  static ContainerLaunches withoutReferences() {
    return ContainerLaunch::of;
  }

  /**
   * Launches that read secrets through {@code secrets} as {@code node} and volumes through {@code
   * volumes}, provisioned on this node by {@code driver}, and publish the ports of the task's
   * service (read through {@code services}) once {@code hostPorts} found them free.
   */
  static ContainerLaunches resolving(
      Caller node,
      ReadSecretUseCase secrets,
      GetVolumeByNameUseCase volumes,
      VolumeDriverPort driver,
      GetServiceUseCase services,
      HostPortsPort hostPorts) {
    return task -> {
      List<PortMapping> ports = publishedPortsOf(services, task);
      hostPorts.requireFree(ports);
      List<SecretFile> files = new ArrayList<>(task.secrets().size());
      for (String name : task.secrets()) {
        files.add(new SecretFile(name, plaintextOf(node, secrets, name, task)));
      }
      List<VolumeBinding> bindings = new ArrayList<>(task.volumes().size());
      for (VolumeMount mount : task.volumes()) {
        bindings.add(
            new VolumeBinding(
                mount.source(),
                driver.provision(volumeOf(volumes, mount.source(), task)),
                mount.target(),
                mount.readOnly()));
      }
      return ContainerLaunch.of(task, files, bindings, ports);
    };
  }

  /**
   * The ports the task's service publishes; none when the service is gone (it is being removed).
   */
  private static List<PortMapping> publishedPortsOf(GetServiceUseCase services, Task task) {
    try {
      return services
          .get(
              new GetServiceRequest(
                  new ServiceRef.ById(task.serviceId()), ReadConsistency.LINEARIZABLE))
          .spec()
          .ports()
          .stream()
          .filter(port -> port.hostPort() != 0)
          .toList();
    } catch (NotFoundException gone) {
      return List.of();
    }
  }

  private static Bytes plaintextOf(Caller node, ReadSecretUseCase secrets, String name, Task task) {
    SecretReading reading;
    try {
      reading = secrets.read(node, new GetSecretByNameRequest(name, ReadConsistency.LINEARIZABLE));
    } catch (NotFoundException gone) {
      throw new FailedPreconditionException(
          "secret "
              + name
              + " used by service "
              + task.serviceName()
              + " does not exist; create it with 'warren secret create "
              + name
              + "' or remove it from the service");
    }
    return reading
        .plaintext()
        .orElseThrow(
            () ->
                new FailedPreconditionException(
                    "the managers did not give this node the data of secret "
                        + name
                        + "; the container may no longer be assigned here"));
  }

  private static Volume volumeOf(GetVolumeByNameUseCase volumes, String name, Task task) {
    try {
      return volumes.get(new GetVolumeByNameRequest(name, ReadConsistency.LINEARIZABLE));
    } catch (NotFoundException gone) {
      throw new FailedPreconditionException(
          "volume "
              + name
              + " used by service "
              + task.serviceName()
              + " does not exist; create it with 'warren volume create "
              + name
              + "' or remove it from the service");
    }
  }
}
