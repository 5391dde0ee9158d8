package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.FakeEventStreams.FakeStream;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** StreamEvents over real gRPC on loopback: our client, our server, a hand-fed stream. */
class StreamEventsGrpcTest extends LoopbackServerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

  private final List<EventStream> streams = new ArrayList<>();

  @AfterEach
  void stop() {
    streams.forEach(EventStream::close);
  }

  private static Event event(long id) {
    return new Event(id, "service.created", AT, "service web-" + id + " created", Map.of());
  }

  private EventStream open(StreamEventsRequest request) {
    EventStream stream = client.open(request);
    streams.add(stream);
    return stream;
  }

  /** Opens a live stream and waits until the server side exists. */
  private FakeStream openLive(EventStream[] clientSide) {
    clientSide[0] = open(StreamEventsRequest.live(EventFilter.ALL));
    await("the server opened the stream", () -> !useCases.events.opened.isEmpty());
    return useCases.events.opened.getLast();
  }

  private static Event take(EventStream stream) {
    return stream
        .next(PATIENCE)
        .orElseThrow(() -> new AssertionError("no event within " + PATIENCE));
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(5_000_000);
    }
  }

  @Test
  void eventsArriveInOrderWithEveryField() {
    var clientSide = new EventStream[1];
    FakeStream serverSide = openLive(clientSide);

    for (long id = 1; id <= 100; id++) {
      serverSide.add(event(id));
    }

    for (long id = 1; id <= 100; id++) {
      assertThat(take(clientSide[0])).isEqualTo(event(id));
    }
  }

  @Test
  void theFilterAndResumePointReachTheUseCase() {
    var request = StreamEventsRequest.resume(EventFilter.of("service", "node.registered"), 41);

    open(request).next(Duration.ofMillis(200));

    await("the request arrived", () -> !useCases.events.requests.isEmpty());
    assertThat(useCases.events.requests).containsExactly(request);
  }

  @Test
  void aRefusalToOpenReachesTheClientAsTheSameDomainError() {
    useCases.events.refuseWith(() -> new InvalidSpecException("event type filter 'x' is bad"));
    EventStream invalid = open(StreamEventsRequest.live(EventFilter.of("x")));
    assertThatThrownBy(() -> invalid.next(PATIENCE))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("event type filter 'x' is bad");

    useCases.events.refuseWith(() -> new FailedPreconditionException("events after 3 are gone"));
    EventStream tooOld = open(StreamEventsRequest.resume(EventFilter.ALL, 3));
    assertThatThrownBy(() -> tooOld.next(PATIENCE))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("events after 3 are gone");
  }

  @Test
  void aLaggingStreamEndsAfterTheEventsBeforeItWithTheResumeMessage() {
    var clientSide = new EventStream[1];
    FakeStream serverSide = openLive(clientSide);
    serverSide.add(event(1));
    serverSide.failWith(new UnavailableException("fell behind; resume after event 1"));

    assertThat(take(clientSide[0]).id()).isEqualTo(1);
    assertThatThrownBy(() -> clientSide[0].next(PATIENCE))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("fell behind; resume after event 1");
    await("the server closed its stream", serverSide::isClosed);
  }

  @Test
  void closingOnTheClientClosesTheStreamOnTheServer() {
    var clientSide = new EventStream[1];
    FakeStream serverSide = openLive(clientSide);

    clientSide[0].close();

    await("the server closed its stream", serverSide::isClosed);
    assertThat(clientSide[0].next(Duration.ZERO)).isEmpty();
  }

  @Test
  void aClientThatDoesNotReadLeavesTheEventsInTheBoundedStreamNotInServerMemory() {
    var clientSide = new EventStream[1];
    FakeStream serverSide = openLive(clientSide);
    int sent = 200_000;

    for (long id = 1; id <= sent; id++) {
      serverSide.add(event(id));
    }

    await("the server stopped taking events", () -> quiet(serverSide));
    assertThat(serverSide.taken.get()).isLessThan(sent / 2);
    assertThat(take(clientSide[0]).id()).isEqualTo(1);
  }

  /** Whether the server took nothing from the stream for a while. */
  private static boolean quiet(FakeStream stream) {
    int before = stream.taken.get();
    LockSupport.parkNanos(200_000_000);
    return stream.taken.get() == before;
  }

  @Test
  void shuttingTheServerDownEndsStreamsAtOnceWithTheIdToResumeAfter() {
    var clientSide = new EventStream[1];
    FakeStream serverSide = openLive(clientSide);
    serverSide.add(event(7));
    assertThat(take(clientSide[0]).id()).isEqualTo(7);

    long started = System.nanoTime();
    server.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    assertThatThrownBy(() -> clientSide[0].next(PATIENCE))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("the manager is shutting down; resume after event 7");
    assertThat(serverSide.isClosed()).isTrue();
  }

  @Test
  void anUnreachableManagerIsReportedByTheFirstRead() {
    var nowhere = TLS.adminClient(1, Duration.ofSeconds(5));
    try {
      EventStream stream = nowhere.open(StreamEventsRequest.live(EventFilter.ALL));
      streams.add(stream);

      assertThatThrownBy(() -> stream.next(PATIENCE))
          .isInstanceOf(UnavailableException.class)
          .hasMessageContaining("cannot reach a manager at 127.0.0.1:1");
    } finally {
      streams.forEach(EventStream::close);
      streams.clear();
      nowhere.close();
    }
  }

  @Test
  void nothingArrivesBeforeTheStreamHasAnEvent() {
    var clientSide = new EventStream[1];
    openLive(clientSide);

    Optional<Event> none = clientSide[0].next(Duration.ofMillis(100));

    assertThat(none).isEmpty();
  }
}
