package dev.warren.domain.port.in;

import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.Optional;

/**
 * Roll a service out to {@code image}. An empty strategy or update config means the service's own;
 * either given applies to this rollout only and leaves the spec's as it is.
 */
public record UpdateServiceImageRequest(
    ServiceId id,
    String image,
    Optional<DeployStrategy> strategy,
    Optional<UpdateConfig> updateConfig) {
  public UpdateServiceImageRequest {
    Checks.notNull("service id", id);
    Checks.notBlank("image", image);
    Checks.notNull("strategy", strategy);
    Checks.notNull("update config", updateConfig);
    InputLimits.image("image", image);
    updateConfig.ifPresent(
        config ->
            Checks.maxCount(
                "update config canary steps", config.canarySteps(), InputLimits.CANARY_STEPS));
  }
}
