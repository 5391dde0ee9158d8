package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.EventProtoMapper;
import dev.warren.adapters.grpc.proto.Event;
import dev.warren.adapters.grpc.proto.StreamEventsRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsUseCase;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * The StreamEvents RPC of one server: opens a stream per call and relays it (see {@link
 * EventStreamRelay} for the pacing), and keeps the calls in progress so that a shutdown can end
 * them at once, with a resume hint, instead of waiting for streams that never end by themselves.
 * Thread-safe.
 */
public final class EventStreams {
  private final StreamEventsUseCase streamEvents;
  private final Set<EventStreamRelay> relays = ConcurrentHashMap.newKeySet();
  private final ThreadFactory drains = Thread.ofVirtual().name("warren-event-stream-", 0).factory();
  private final Executor executor = task -> drains.newThread(task).start();
  private volatile String endReason;

  public EventStreams(StreamEventsUseCase streamEvents) {
    this.streamEvents = Checks.notNull("stream events use case", streamEvents);
  }

  /**
   * Serves one call: a refusal to open (bad filter, resume point no longer kept) ends it at once
   * with the mapped status; otherwise events flow until the client cancels, falls behind
   * (UNAVAILABLE naming the id to resume after) or {@link #endAll} runs.
   */
  public void serve(StreamEventsRequest request, StreamObserver<Event> response) {
    EventStream stream;
    try {
      stream = streamEvents.open(EventProtoMapper.toDomain(request));
    } catch (RuntimeException failure) {
      response.onError(StatusMapper.toStatusException(failure));
      return;
    }
    var relay =
        new EventStreamRelay(
            stream, (ServerCallStreamObserver<Event>) response, executor, relays::remove);
    relays.add(relay);
    relay.start();
    String reason = endReason;
    if (reason != null) {
      relay.end(reason);
    }
  }

  /**
   * Ends every call in progress, and every one started from now on, with UNAVAILABLE ("{@code
   * reason}; resume after event N").
   */
  public void endAll(String reason) {
    endReason = reason;
    relays.forEach(relay -> relay.end(reason));
  }
}
