package dev.warren.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJournalTest {
  private final EventTestSupport cluster = new EventTestSupport(5);

  @Test
  void everyAppliedChangeIsStoredAsAnEventAtItsLogIndex() {
    cluster.applyNext(EventTestSupport.created(1));
    cluster.applyNext(EventTestSupport.deleted(1));

    assertThat(cluster.stored())
        .containsExactly(
            new Event(
                1,
                "service.created",
                EventTestSupport.T0.plusSeconds(1),
                "service web-1 created",
                Map.of("service_id", "svc-1", "service_name", "web-1")),
            new Event(
                2,
                "service.deleted",
                EventTestSupport.T0.plusSeconds(1),
                "service web-1 deleted",
                Map.of("service_id", "svc-1", "service_name", "web-1")));
  }

  @Test
  void aRejectedChangeLeavesNoEvent() {
    cluster.applyNext(EventTestSupport.created(1));
    cluster.applyNext(EventTestSupport.created(1));
    cluster.applyNext(EventTestSupport.deleted(7));

    assertThat(cluster.stored()).extracting(Event::id).containsExactly(1L);
    assertThat(cluster.state.lastAppliedIndex()).isEqualTo(3);
  }

  @Test
  void onlyTheEventsOfTheLastRetainedLogEntriesAreKept() {
    cluster.createServices(1, 12);

    assertThat(cluster.stored()).extracting(Event::id).containsExactly(8L, 9L, 10L, 11L, 12L);
  }

  @Test
  void aJumpInTheLogIndexPrunesEverythingThatFellOutOfTheWindow() {
    cluster.createServices(1, 4);
    cluster.skipIndexes(20);

    cluster.applyNext(EventTestSupport.created(5));

    assertThat(cluster.stored()).extracting(Event::id).containsExactly(25L);
  }

  @Test
  void liveSubscribersHearOnlyCommittedEvents() {
    EventStream stream =
        new StreamEventsHandler(cluster.state, cluster.journal)
            .open(StreamEventsRequest.live(EventFilter.ALL));
    cluster.applyNext(EventTestSupport.created(1));
    cluster.applyNext(EventTestSupport.created(1));

    assertThat(stream.next(Duration.ZERO)).map(Event::id).contains(1L);
    assertThat(stream.next(Duration.ZERO)).isEmpty();
  }
}
