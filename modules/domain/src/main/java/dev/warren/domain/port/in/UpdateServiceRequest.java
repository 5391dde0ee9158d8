package dev.warren.domain.port.in;

import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.Map;
import java.util.Optional;

/**
 * Change some of a service's spec; an empty field leaves that part as it is. With an expected
 * version the update applies only if nobody changed the service since.
 */
public record UpdateServiceRequest(
    ServiceId id,
    Optional<Integer> replicas,
    Optional<String> image,
    Optional<Map<String, String>> env,
    Optional<Long> expectedVersion) {
  public UpdateServiceRequest {
    Checks.notNull("service id", id);
    Checks.notNull("replicas", replicas);
    Checks.notNull("image", image);
    Checks.notNull("env", env);
    Checks.notNull("expected version", expectedVersion);
    image.ifPresent(value -> InputLimits.image("image", value));
    env.ifPresent(value -> InputLimits.env("env", value));
  }
}
