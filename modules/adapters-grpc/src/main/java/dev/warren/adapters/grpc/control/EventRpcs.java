package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getStreamEventsMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;

import dev.warren.domain.port.in.StreamEventsUseCase;
import java.util.List;

/**
 * StreamEvents: a server-streaming call paced by the client (see {@link EventStreams}). Each server
 * gets its own streams, so that its shutdown ends exactly the calls it serves.
 */
public record EventRpcs(StreamEventsUseCase streamEvents) {

  public List<ServerRpc<?, ?>> declare(StreamShutdown shutdown) {
    var streams = new EventStreams(streamEvents);
    shutdown.onShutdown(streams::endAll);
    return List.of(ServerRpc.readStream(getStreamEventsMethod(), administrators(), streams::serve));
  }
}
