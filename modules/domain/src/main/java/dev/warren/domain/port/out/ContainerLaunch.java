package dev.warren.domain.port.out;

import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a runtime needs to start one container: the image, the command and its environment, the
 * limits it runs under, the secrets and volumes it receives, and the host ports it publishes
 * (containers share the node's network).
 */
public record ContainerLaunch(
    TaskId id,
    String serviceName,
    int slot,
    String image,
    List<String> command,
    Map<String, String> env,
    Resources resources,
    Duration stopTimeout,
    List<SecretFile> secrets,
    List<VolumeBinding> volumes,
    List<PortMapping> ports) {

  public ContainerLaunch {
    Checks.notNull("container id", id);
    Checks.name("service name", serviceName);
    Checks.atLeast("slot", slot, 0);
    Checks.notBlank("image", image);
    command = Checks.list("command", command);
    env = Checks.map("env", env);
    Checks.notNull("resources", resources);
    Checks.notNull("stop timeout", stopTimeout);
    secrets = Checks.list("secrets", secrets);
    volumes = Checks.list("volumes", volumes);
    ports = Checks.list("ports", ports);
    if (stopTimeout.isNegative()) {
      throw new dev.warren.domain.error.InvalidSpecException(
          "stop timeout must not be negative, got " + stopTimeout);
    }
  }

  /** A launch that publishes no ports. */
  public ContainerLaunch(
      TaskId id,
      String serviceName,
      int slot,
      String image,
      List<String> command,
      Map<String, String> env,
      Resources resources,
      Duration stopTimeout,
      List<SecretFile> secrets,
      List<VolumeBinding> volumes) {
    this(
        id,
        serviceName,
        slot,
        image,
        command,
        env,
        resources,
        stopTimeout,
        secrets,
        volumes,
        List.of());
  }

  /** The launch of {@code task} as the managers assigned it, without secrets or volumes. */
  public static ContainerLaunch of(Task task) {
    return of(task, List.of(), List.of());
  }

  /** The launch of {@code task} with the secrets and volumes it references, resolved. */
  public static ContainerLaunch of(
      Task task, List<SecretFile> secrets, List<VolumeBinding> volumes) {
    return of(task, secrets, volumes, List.of());
  }

  /**
   * The launch of {@code task} with the secrets and volumes it references, resolved, publishing
   * {@code ports} on the host.
   */
  public static ContainerLaunch of(
      Task task, List<SecretFile> secrets, List<VolumeBinding> volumes, List<PortMapping> ports) {
    return new ContainerLaunch(
        task.id(),
        task.serviceName(),
        task.slot(),
        task.image(),
        task.command(),
        task.env(),
        task.resources(),
        Duration.ofSeconds(task.stopTimeoutSeconds()),
        secrets,
        volumes,
        ports);
  }
}
