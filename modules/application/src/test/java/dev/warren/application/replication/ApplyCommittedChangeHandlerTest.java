package dev.warren.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.ServiceChange.ServiceUpdated;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyCommittedChangeHandlerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  private final ApplyCommittedChangeHandler handler = new ApplyCommittedChangeHandler(state);

  private static Service web(String id) {
    return Service.create(ServiceId.of(id), ServiceSpec.of("web", "nginx:1.27", 3), T0);
  }

  private Optional<Service> stored(String id) {
    return state.read(reader -> reader.get(EntityKind.SERVICE, id));
  }

  @Test
  void appliesAChangeAndRecordsItsIndex() {
    ApplyOutcome outcome = handler.apply(1, new ServiceCreated(web("s1")));

    assertThat(outcome).isEqualTo(new ApplyOutcome.Applied(1));
    assertThat(stored("s1")).contains(web("s1"));
    assertThat(state.lastAppliedIndex()).isEqualTo(1);
  }

  @Test
  void rejectsASecondServiceWithTheSameNameButStillAdvancesTheIndex() {
    handler.apply(1, new ServiceCreated(web("s1")));

    ApplyOutcome outcome = handler.apply(2, new ServiceCreated(web("s2")));

    assertThat(outcome)
        .isEqualTo(
            new ApplyOutcome.Rejected(2, ErrorKind.ALREADY_EXISTS, "service already exists: web"));
    assertThat(stored("s2")).isEmpty();
    assertThat(state.lastAppliedIndex()).isEqualTo(2);
  }

  @Test
  void rejectsAnUpdateDerivedFromAStaleVersion() {
    Service original = web("s1");
    handler.apply(1, new ServiceCreated(original));
    handler.apply(2, new ServiceUpdated(original.update(original.spec().withReplicas(5), T0)));

    ApplyOutcome outcome =
        handler.apply(3, new ServiceUpdated(original.update(original.spec().withReplicas(7), T0)));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ApplyOutcome.Rejected.class,
            rejected -> assertThat(rejected.kind()).isEqualTo(ErrorKind.VERSION_CONFLICT));
    assertThat(stored("s1").orElseThrow().spec().replicas()).isEqualTo(5);
  }

  @Test
  void rejectsDeletingAnUnknownService() {
    ApplyOutcome outcome = handler.apply(1, new ServiceDeleted(ServiceId.of("nope")));

    assertThat(outcome)
        .isEqualTo(new ApplyOutcome.Rejected(1, ErrorKind.NOT_FOUND, "service not found: nope"));
  }

  @Test
  void acknowledgesReplayedEntriesWithoutApplyingThemAgain() {
    handler.apply(1, new ServiceCreated(web("s1")));
    handler.apply(2, new ServiceDeleted(ServiceId.of("s1")));

    ApplyOutcome outcome = handler.apply(1, new ServiceCreated(web("s1")));

    assertThat(outcome).isEqualTo(new ApplyOutcome.AlreadyApplied(1));
    assertThat(stored("s1")).isEmpty();
  }

  @Test
  void tellsListenersOnlyAboutAppliedChanges() {
    List<Long> seen = new ArrayList<>();
    handler.onApplied((index, change) -> seen.add(index));
    StateChange duplicate = new ServiceCreated(web("s2"));

    handler.apply(1, new ServiceCreated(web("s1")));
    handler.apply(2, duplicate);

    assertThat(seen).containsExactly(1L);
  }
}
