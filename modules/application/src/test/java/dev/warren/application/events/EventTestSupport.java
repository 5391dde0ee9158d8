package dev.warren.application.events;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.SampleEntities;
import java.time.Instant;
import java.util.List;

/** A store, a journal and the apply handler over them, plus changes to apply. */
class EventTestSupport {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  final EventJournal journal;
  final ApplyCommittedChangeHandler apply;
  private long index;

  EventTestSupport(int retention) {
    journal = new EventJournal(retention);
    apply = new ApplyCommittedChangeHandler(state, journal);
  }

  static StateChange created(int n) {
    return new ServiceCreated(
        Service.create(
            ServiceId.of("svc-" + n), ServiceSpec.of("web-" + n, "nginx:1", 1), T0.plusSeconds(n)));
  }

  static StateChange deleted(int n) {
    return new ServiceDeleted(ServiceId.of("svc-" + n));
  }

  static StateChange nodeRegistered(String id) {
    return new NodeRegistered(SampleEntities.node(id));
  }

  /** Applies {@code change} at the next log index and returns that index. */
  long applyNext(StateChange change) {
    index++;
    apply.apply(index, change);
    return index;
  }

  /** Applies the creation of services {@code from..to}; returns the last index. */
  long createServices(int from, int to) {
    long last = 0;
    for (int n = from; n <= to; n++) {
      last = applyNext(created(n));
    }
    return last;
  }

  /** Leaves indexes unused, as Raft's own entries do. */
  void skipIndexes(int count) {
    index += count;
  }

  List<Event> stored() {
    return state.read(reader -> reader.list(EntityKind.EVENT));
  }
}
