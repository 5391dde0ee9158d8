package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.GetRolloutUseCase;
import dev.warren.domain.port.in.RolloutSnapshot;
import java.util.Optional;

/** Reads the rollout of one service, found by id or name, and its replicas from the state. */
public record GetRolloutHandler(StateQueries queries) implements GetRolloutUseCase {

  @Override
  public Optional<RolloutSnapshot> get(GetRolloutRequest request) {
    return queries.read(
        request.consistency(),
        reader -> RolloutSnapshots.of(reader, ServiceLookup.find(reader, request.service())));
  }
}
