package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import java.util.Set;

/**
 * The warren.v1 API as a server serves it: its resource groups, which between them declare every
 * RPC exactly once (checked when a server builds the service), and the use case that authorizes
 * each call by the rule its declaration carries.
 */
public record WarrenApi(Set<RpcGroup> groups, AuthorizeCallUseCase authorizer) {
  public WarrenApi {
    groups = Set.copyOf(Checks.notNull("RPC groups", groups));
    Checks.notNull("authorize call use case", authorizer);
  }
}
