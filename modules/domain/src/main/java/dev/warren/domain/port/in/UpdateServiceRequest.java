package dev.warren.domain.port.in;

import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.Map;
import java.util.Optional;

/**
 * Change some of a service's spec; an empty field leaves that part as it is (placement, restart
 * policy and resources are replaced as a whole when present). With an expected version the update
 * applies only if nobody changed the service since.
 */
public record UpdateServiceRequest(
    ServiceId id,
    Optional<Integer> replicas,
    Optional<String> image,
    Optional<Map<String, String>> env,
    Optional<Long> expectedVersion,
    Optional<PlacementSpec> placement,
    Optional<RestartPolicy> restartPolicy,
    Optional<Resources> resources) {

  /** An update of replicas, image or env only. */
  public UpdateServiceRequest(
      ServiceId id,
      Optional<Integer> replicas,
      Optional<String> image,
      Optional<Map<String, String>> env,
      Optional<Long> expectedVersion) {
    this(
        id,
        replicas,
        image,
        env,
        expectedVersion,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** {@code spec} with the parts this update names replaced. */
  public ServiceSpec appliedTo(ServiceSpec spec) {
    ServiceSpec updated = spec;
    updated = replicas.map(updated::withReplicas).orElse(updated);
    updated = image.map(updated::withImage).orElse(updated);
    updated = env.map(updated::withEnv).orElse(updated);
    updated = placement.map(updated::withPlacement).orElse(updated);
    updated = restartPolicy.map(updated::withRestartPolicy).orElse(updated);
    return resources.map(updated::withResources).orElse(updated);
  }

  /** Whether the update names something to change besides replicas, image and env. */
  public boolean changesScheduling() {
    return placement.isPresent() || restartPolicy.isPresent() || resources.isPresent();
  }

  public UpdateServiceRequest {
    Checks.notNull("service id", id);
    Checks.notNull("replicas", replicas);
    Checks.notNull("image", image);
    Checks.notNull("env", env);
    Checks.notNull("expected version", expectedVersion);
    Checks.notNull("placement", placement);
    Checks.notNull("restart policy", restartPolicy);
    Checks.notNull("resources", resources);
    image.ifPresent(value -> InputLimits.image("image", value));
    env.ifPresent(value -> InputLimits.env("env", value));
  }
}
