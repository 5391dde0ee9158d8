package dev.warren.adapters.grpc;

import static dev.warren.adapters.grpc.NodeLogsGrpcTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.rollouts.proto.GetRolloutRequest;
import dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc;
import dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.ServiceRef;
import io.grpc.Status;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** warren.rollouts.v1 on a manager's API port, beside warren.v1. */
class RolloutsGrpcTest extends LoopbackServerTest {

  @Test
  void aServicesRolloutArrivesWithEveryFieldAndItsReplicas() {
    Optional<RolloutSnapshot> read = client.rollouts().get(get(new ServiceRef.ByName("web")));

    assertThat(read).contains(FakeRolloutUseCases.snapshot(RolloutState.IN_PROGRESS));
    assertThat(read.orElseThrow().rollout().reason()).isEqualTo("replica web.2 is starting");
    assertThat(read.orElseThrow().updatedCount()).isEqualTo(1);
    assertThat(useCases.rollouts.requests).containsExactly(get(new ServiceRef.ByName("web")));
  }

  @Test
  void aServiceByIdAndAStaleReadReachTheUseCaseAsAsked() {
    var byId =
        new dev.warren.domain.port.in.GetRolloutRequest(
            new ServiceRef.ById(ServiceId.of("idle")), ReadConsistency.LOCAL);

    assertThat(client.rollouts().get(byId)).isEmpty();
    assertThat(useCases.rollouts.requests).containsExactly(byId);
  }

  @Test
  void anUnknownServiceIsNotFound() {
    assertThatThrownBy(() -> client.rollouts().get(get(new ServiceRef.ByName("nothing"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nothing");
  }

  @Test
  void aRequestNamingNoServiceIsInvalid() {
    var stub = RolloutsGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

    assertRefused(
            () -> stub.getRollout(GetRolloutRequest.getDefaultInstance()),
            Status.Code.INVALID_ARGUMENT)
        .contains("service");
    assertRefused(
            () -> stub.watchRollout(WatchRolloutRequest.getDefaultInstance()).hasNext(),
            Status.Code.INVALID_ARGUMENT)
        .contains("service");
    assertThat(useCases.rollouts.requests).isEmpty();
  }

  @Test
  void aWatchDeliversEachSnapshotInOrderThenEndsWhenTheRolloutSettles() {
    var sink = new RecordingRolloutSink();

    client.rollouts().watch(watch("web"), sink);

    await(() -> sink.end.get() != null);
    assertThat(sink.states()).containsExactly(RolloutState.IN_PROGRESS, RolloutState.COMPLETED);
    assertThat(sink.end.get()).isEmpty();
  }

  @Test
  void aWatchOfAnUnknownServiceEndsNotFound() {
    var sink = new RecordingRolloutSink();

    client.rollouts().watch(watch("nothing"), sink);

    await(() -> sink.end.get() != null);
    assertThat(sink.snapshots).isEmpty();
    assertThat(sink.end.get()).containsInstanceOf(NotFoundException.class);
  }

  @Test
  void closingAWatchCancelsTheCallAndTheManagersWatch() {
    var sink = new RecordingRolloutSink();

    RolloutWatch watch = client.rollouts().watch(watch("stuck"), sink);
    await(() -> sink.snapshots.size() == 1);
    watch.close();

    await(() -> useCases.rollouts.closedWatches.get() == 1);
    assertThat(sink.end.get()).isNull();
  }

  @Test
  void theServersShutdownEndsAnOpenWatchAsUnavailable() {
    var sink = new RecordingRolloutSink();

    client.rollouts().watch(watch("stuck"), sink);
    await(() -> sink.snapshots.size() == 1);
    server.close();

    await(() -> sink.end.get() != null);
    assertThat(sink.end.get().orElseThrow())
        .isInstanceOf(dev.warren.domain.error.UnavailableException.class);
    await(() -> useCases.rollouts.closedWatches.get() == 1);
  }

  private static dev.warren.domain.port.in.GetRolloutRequest get(ServiceRef service) {
    return new dev.warren.domain.port.in.GetRolloutRequest(service, ReadConsistency.LINEARIZABLE);
  }

  private static dev.warren.domain.port.in.WatchRolloutRequest watch(String service) {
    return new dev.warren.domain.port.in.WatchRolloutRequest(new ServiceRef.ByName(service));
  }

  /** What a watch delivered, as it arrived. */
  static final class RecordingRolloutSink implements RolloutSink {
    final List<RolloutSnapshot> snapshots = new CopyOnWriteArrayList<>();
    final AtomicReference<Optional<RuntimeException>> end = new AtomicReference<>();

    @Override
    public void snapshot(RolloutSnapshot snapshot) {
      snapshots.add(snapshot);
    }

    @Override
    public void ended(Optional<RuntimeException> failure) {
      end.set(failure);
    }

    List<RolloutState> states() {
      return snapshots.stream().map(snapshot -> snapshot.rollout().state()).toList();
    }
  }
}
