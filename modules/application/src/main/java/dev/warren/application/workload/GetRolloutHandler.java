package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.GetRolloutUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.Optional;

/** Reads the rollout of one service, found by id or name, from the replicated state. */
public record GetRolloutHandler(StateQueries queries) implements GetRolloutUseCase {

  @Override
  public Optional<Rollout> get(GetRolloutRequest request) {
    return queries.read(
        request.consistency(),
        reader -> {
          Service service = ServiceLookup.find(reader, request.service());
          return reader.get(EntityKind.ROLLOUT, service.id().value());
        });
  }
}
