package dev.warren.application.events;

import static dev.warren.application.events.EventTestSupport.created;
import static dev.warren.application.events.EventTestSupport.deleted;
import static dev.warren.application.events.EventTestSupport.nodeRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamEventsHandlerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final EventTestSupport cluster = new EventTestSupport(1_000);
  private final List<EventStream> opened = new ArrayList<>();

  @AfterEach
  void closeStreams() {
    opened.forEach(EventStream::close);
  }

  private EventStream open(StreamEventsRequest request) {
    return open(request, StreamEventsHandler.DEFAULT_BUFFER);
  }

  private EventStream open(StreamEventsRequest request, int buffer) {
    EventStream stream =
        new StreamEventsHandler(cluster.state, cluster.journal, buffer).open(request);
    opened.add(stream);
    return stream;
  }

  /** Every event ready now, without waiting. */
  private static List<Long> drain(EventStream stream) {
    var ids = new ArrayList<Long>();
    Optional<Event> next;
    while ((next = stream.next(Duration.ZERO)).isPresent()) {
      ids.add(next.get().id());
    }
    return ids;
  }

  private static List<Long> ids(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void withoutAResumePointOnlyEventsAppliedFromNowOnAreSent() {
    cluster.createServices(1, 3);
    EventStream stream = open(StreamEventsRequest.live(EventFilter.ALL));

    cluster.createServices(4, 5);

    assertThat(drain(stream)).containsExactly(4L, 5L);
  }

  @Test
  void aResumeReplaysTheRetainedEventsAfterTheIdThenContinuesLive() {
    cluster.createServices(1, 5);
    EventStream stream = open(StreamEventsRequest.resume(EventFilter.ALL, 2));
    cluster.createServices(6, 7);

    assertThat(drain(stream)).containsExactly(3L, 4L, 5L, 6L, 7L);
    cluster.createServices(8, 8);
    assertThat(drain(stream)).containsExactly(8L);
  }

  @Test
  void resumingAfterZeroReplaysEverythingRetained() {
    cluster.createServices(1, 3);

    assertThat(drain(open(StreamEventsRequest.resume(EventFilter.ALL, 0))))
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void aReplayLongerThanAPageAndTheLiveBufferStillHasNoGapOrDuplicate() {
    int retained = EventSubscription.PAGE * 2 + 10;
    cluster.createServices(1, retained);
    EventStream stream = open(StreamEventsRequest.resume(EventFilter.ALL, 0), 8);

    // Overflows the live buffer while the replay has not been read: the store still has them all.
    cluster.createServices(retained + 1, retained + 50);

    assertThat(drain(stream)).containsExactlyElementsOf(ids(1, retained + 50));
  }

  @Test
  void eventsAppliedConcurrentlyWithAResumeArriveOnceAndInOrder() throws Exception {
    cluster.createServices(1, 600);
    EventStream stream = open(StreamEventsRequest.resume(EventFilter.ALL, 100), 100_000);
    CompletableFuture<Long> producer =
        CompletableFuture.supplyAsync(() -> cluster.createServices(601, 1_500));

    var seen = new ArrayList<Long>();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while ((seen.isEmpty() || seen.getLast() < 1_500) && System.nanoTime() < deadline) {
      stream.next(Duration.ofMillis(100)).ifPresent(event -> seen.add(event.id()));
    }

    assertThat(producer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1_500);
    assertThat(seen).containsExactlyElementsOf(ids(101, 1_500));
  }

  @Test
  void aFilterKeepsExactTypesAndTypePrefixes() {
    EventStream nodes = open(StreamEventsRequest.live(EventFilter.of("node")));
    EventStream deletions = open(StreamEventsRequest.live(EventFilter.of("service.deleted")));

    cluster.applyNext(created(1));
    long registered = cluster.applyNext(nodeRegistered("node-1"));
    long removed = cluster.applyNext(deleted(1));

    assertThat(drain(nodes)).containsExactly(registered);
    assertThat(drain(deletions)).containsExactly(removed);
  }

  @Test
  void aFilteredReplaySkipsOtherTypes() {
    cluster.applyNext(created(1));
    long registered = cluster.applyNext(nodeRegistered("node-1"));
    cluster.applyNext(created(2));

    assertThat(drain(open(StreamEventsRequest.resume(EventFilter.of("node"), 0))))
        .containsExactly(registered);
  }

  @Test
  void aFilterThatMatchesNoEventTypeIsRefusedNamingTheKnownTypes() {
    assertThatThrownBy(() -> open(StreamEventsRequest.live(EventFilter.of("servce"))))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'servce' matches no event type")
        .hasMessageContaining("service.created");
    assertThat(cluster.journal.subscriberCount()).isZero();
  }

  @Test
  void aResumePointOlderThanTheRetainedEventsIsRefused() {
    var small = new EventTestSupport(5);
    small.createServices(1, 20);
    var handler = new StreamEventsHandler(small.state, small.journal);

    assertThatThrownBy(() -> handler.open(StreamEventsRequest.resume(EventFilter.ALL, 3)))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("events after 3 are no longer kept")
        .hasMessageContaining("last 5 log entries");
    assertThat(small.journal.subscriberCount()).isZero();

    EventStream stream = handler.open(StreamEventsRequest.resume(EventFilter.ALL, 15));
    assertThat(drain(stream)).containsExactly(16L, 17L, 18L, 19L, 20L);
    stream.close();
  }

  @Test
  void aLaggingConsumerIsCutOffWithTheIdToResumeAfterAndLosesNothingByResuming() {
    cluster.createServices(1, 2);
    EventStream slow = open(StreamEventsRequest.live(EventFilter.ALL), 4);
    cluster.createServices(3, 4);
    assertThat(slow.next(Duration.ZERO)).map(Event::id).contains(3L);

    cluster.createServices(5, 12);

    assertThatThrownBy(() -> slow.next(Duration.ZERO))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("more than 4 events behind")
        .hasMessageContaining("resume after event 3");
    assertThat(slow.next(Duration.ZERO)).isEmpty();
    assertThat(cluster.journal.subscriberCount()).isZero();
    assertThat(drain(open(StreamEventsRequest.resume(EventFilter.ALL, 3))))
        .containsExactlyElementsOf(ids(4, 12));
  }

  @Test
  void aWaitingConsumerIsWokenAndSignalledWhenAnEventIsApplied() throws Exception {
    EventStream stream = open(StreamEventsRequest.live(EventFilter.ALL));
    var signals = new AtomicInteger();
    stream.onAvailable(signals::incrementAndGet);
    CompletableFuture<Optional<Event>> waiting =
        CompletableFuture.supplyAsync(() -> stream.next(PATIENCE));

    long index = cluster.applyNext(created(1));

    assertThat(waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).map(Event::id).contains(index);
    assertThat(signals).hasValue(1);
  }

  @Test
  void aClosedStreamIsUnsubscribedAndReturnsNothing() {
    EventStream stream = open(StreamEventsRequest.live(EventFilter.ALL));
    assertThat(cluster.journal.subscriberCount()).isOne();

    stream.close();
    stream.close();
    cluster.createServices(1, 1);

    assertThat(cluster.journal.subscriberCount()).isZero();
    assertThat(stream.next(PATIENCE)).isEmpty();
  }
}
