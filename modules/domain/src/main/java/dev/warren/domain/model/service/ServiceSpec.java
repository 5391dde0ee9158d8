package dev.warren.domain.model.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the user asked for: everything a service create or update says, and nothing observed. */
public record ServiceSpec(
    String name,
    String image,
    int replicas,
    ServiceMode mode,
    DeployStrategy deployStrategy,
    UpdateConfig updateConfig,
    Optional<HealthCheck> healthCheck,
    RestartPolicy restartPolicy,
    Resources resources,
    List<String> networks,
    List<VolumeMount> volumes,
    Map<String, String> env,
    List<String> command,
    List<PortMapping> ports,
    int stopTimeoutSeconds,
    PlacementSpec placement) {

  public static final int DEFAULT_STOP_TIMEOUT_SECONDS = 10;
  public static final int MAX_REPLICAS = 10_000;

  public ServiceSpec {
    Checks.name("service name", name);
    Checks.notBlank("image", image);
    if (image.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidSpecException(
          "image " + Checks.quote(image) + " must not contain whitespace");
    }
    Checks.between("replicas", replicas, 0, MAX_REPLICAS);
    Checks.notNull("mode", mode);
    Checks.notNull("deploy strategy", deployStrategy);
    Checks.notNull("update config", updateConfig);
    Checks.notNull("health check", healthCheck);
    Checks.notNull("restart policy", restartPolicy);
    Checks.notNull("resources", resources);
    networks = Checks.list("networks", networks);
    volumes = Checks.list("volumes", volumes);
    env = Checks.map("env", env);
    for (String key : env.keySet()) {
      if (key.isEmpty() || key.contains("=")) {
        throw new InvalidSpecException(
            "env key " + Checks.quote(key) + " must be non-empty and contain no '='");
      }
    }
    command = Checks.list("command", command);
    ports = Checks.list("ports", ports);
    Checks.between("stop timeout seconds", stopTimeoutSeconds, 0, 3600);
    Checks.notNull("placement", placement);
    requireDistinct("volume mount target", volumes.stream().map(VolumeMount::target).toList());
    requireDistinct(
        "published host port",
        ports.stream()
            .filter(port -> port.hostPort() != 0)
            .map(port -> port.hostPort() + "/" + port.protocol().wireName())
            .toList());
  }

  /** A spec placed anywhere (no constraints or preferences). */
  public ServiceSpec(
      String name,
      String image,
      int replicas,
      ServiceMode mode,
      DeployStrategy deployStrategy,
      UpdateConfig updateConfig,
      Optional<HealthCheck> healthCheck,
      RestartPolicy restartPolicy,
      Resources resources,
      List<String> networks,
      List<VolumeMount> volumes,
      Map<String, String> env,
      List<String> command,
      List<PortMapping> ports,
      int stopTimeoutSeconds) {
    this(
        name,
        image,
        replicas,
        mode,
        deployStrategy,
        updateConfig,
        healthCheck,
        restartPolicy,
        resources,
        networks,
        volumes,
        env,
        command,
        ports,
        stopTimeoutSeconds,
        PlacementSpec.ANYWHERE);
  }

  /** A spec with Warren's defaults for everything but name, image and replicas. */
  public static ServiceSpec of(String name, String image, int replicas) {
    return new ServiceSpec(
        name,
        image,
        replicas,
        ServiceMode.REPLICATED,
        DeployStrategy.ROLLING,
        UpdateConfig.DEFAULT,
        Optional.empty(),
        RestartPolicy.DEFAULT,
        Resources.UNLIMITED,
        List.of(),
        List.of(),
        Map.of(),
        List.of(),
        List.of(),
        DEFAULT_STOP_TIMEOUT_SECONDS,
        PlacementSpec.ANYWHERE);
  }

  /**
   * Whether replicas made from this spec and from {@code other} are the same (image, command, env,
   * resources, volumes, health check, restart policy, stop timeout): when they are not, an update
   * rolls out. Replica count, mode, placement, ports and networks are the service's.
   */
  public boolean sameReplicasAs(ServiceSpec other) {
    return image.equals(other.image)
        && command.equals(other.command)
        && env.equals(other.env)
        && resources.equals(other.resources)
        && volumes.equals(other.volumes)
        && healthCheck.equals(other.healthCheck)
        && restartPolicy.equals(other.restartPolicy)
        && stopTimeoutSeconds == other.stopTimeoutSeconds;
  }

  public ServiceSpec withReplicas(int newReplicas) {
    return copy(image, newReplicas, mode, env, restartPolicy, resources, volumes, placement);
  }

  public ServiceSpec withImage(String newImage) {
    return copy(newImage, replicas, mode, env, restartPolicy, resources, volumes, placement);
  }

  public ServiceSpec withEnv(Map<String, String> newEnv) {
    return copy(image, replicas, mode, newEnv, restartPolicy, resources, volumes, placement);
  }

  public ServiceSpec withRestartPolicy(RestartPolicy newRestartPolicy) {
    return copy(image, replicas, mode, env, newRestartPolicy, resources, volumes, placement);
  }

  public ServiceSpec withVolumes(List<VolumeMount> newVolumes) {
    return copy(image, replicas, mode, env, restartPolicy, resources, newVolumes, placement);
  }

  /** This spec with {@code newPlacement}. */
  public ServiceSpec withPlacement(PlacementSpec newPlacement) {
    return copy(image, replicas, mode, env, restartPolicy, resources, volumes, newPlacement);
  }

  /** This spec with {@code newMode} (replicated or global). */
  public ServiceSpec withMode(ServiceMode newMode) {
    return copy(image, replicas, newMode, env, restartPolicy, resources, volumes, placement);
  }

  /** This spec with {@code newResources}. */
  public ServiceSpec withResources(Resources newResources) {
    return copy(image, replicas, mode, env, restartPolicy, newResources, volumes, placement);
  }

  /** This spec with the fields a user or the scheduler changes without resending the spec. */
  private ServiceSpec copy(
      String newImage,
      int newReplicas,
      ServiceMode newMode,
      Map<String, String> newEnv,
      RestartPolicy newPolicy,
      Resources newResources,
      List<VolumeMount> newVolumes,
      PlacementSpec newPlacement) {
    return new ServiceSpec(
        name,
        newImage,
        newReplicas,
        newMode,
        deployStrategy,
        updateConfig,
        healthCheck,
        newPolicy,
        newResources,
        networks,
        newVolumes,
        newEnv,
        command,
        ports,
        stopTimeoutSeconds,
        newPlacement);
  }

  private static void requireDistinct(String field, List<String> values) {
    var seen = new HashSet<String>();
    for (String value : values) {
      if (!seen.add(value)) {
        throw new InvalidSpecException(field + " " + Checks.quote(value) + " is used twice");
      }
    }
  }
}
