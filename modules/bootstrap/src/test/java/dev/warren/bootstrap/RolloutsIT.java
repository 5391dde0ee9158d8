package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.WatchRolloutRequest;
import dev.warren.testkit.Await;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * warren.rollouts.v1 through the whole stack (mutual TLS, the real handlers over Xodus and Ratis)
 * on a manager without workers, so a rollout waits for replicas that no node runs: what a client
 * reads and follows of it, and what {@code service inspect} shows.
 */
class RolloutsIT {
  @TempDir Path dataDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private StartReport start() {
    ControlPlaneServer server = managers.newServer(managers.config());
    return server.start();
  }

  @Test
  void aRecordedRolloutIsReadFollowedAndInspected() {
    StartReport manager = start();
    managers.ok(manager, "service", "create", "web", "--image", "nginx:1", "--replicas", "2");

    managers.ok(manager, "service", "update", "web", "--image", "nginx:2", "--strategy", "rolling");

    var admin = TlsClients.admin(managers.environment().credentials());
    try (GrpcWarrenClient client = TlsClients.as(manager, admin)) {
      RolloutSnapshot read =
          client
              .rollouts()
              .get(
                  new GetRolloutRequest(new ServiceRef.ByName("web"), ReadConsistency.LINEARIZABLE))
              .orElseThrow();
      assertThat(read.rollout().kind()).isEqualTo(RolloutKind.UPDATE);
      assertThat(read.rollout().toImage()).isEqualTo("nginx:2");
      assertThat(read.desiredReplicas()).isEqualTo(2);

      var snapshots = new CopyOnWriteArrayList<RolloutSnapshot>();
      var end = new AtomicReference<Optional<RuntimeException>>();
      RolloutWatch watch =
          client
              .rollouts()
              .watch(new WatchRolloutRequest(new ServiceRef.ByName("web")), sink(snapshots, end));
      Await.until(() -> !snapshots.isEmpty(), Await.DEFAULT);
      assertThat(snapshots.getFirst().rollout().serviceVersion())
          .isEqualTo(read.rollout().serviceVersion());
      watch.close();

      var unknown = new AtomicReference<Optional<RuntimeException>>();
      client
          .rollouts()
          .watch(
              new WatchRolloutRequest(new ServiceRef.ByName("ghost")),
              sink(new CopyOnWriteArrayList<>(), unknown));
      Await.until(() -> unknown.get() != null, Await.DEFAULT);
      assertThat(unknown.get()).containsInstanceOf(NotFoundException.class);
    }

    CliRun inspect = managers.ok(manager, "service", "inspect", "web");
    assertThat(inspect.out())
        .contains("Rollout:        rolling update nginx:1 -> nginx:2\n")
        .contains("Rollout of:     version 2 (replacing 1)\n");
  }

  private static RolloutSink sink(
      List<RolloutSnapshot> snapshots, AtomicReference<Optional<RuntimeException>> end) {
    return new RolloutSink() {
      @Override
      public void snapshot(RolloutSnapshot snapshot) {
        snapshots.add(snapshot);
      }

      @Override
      public void ended(Optional<RuntimeException> failure) {
        end.set(failure);
      }
    };
  }
}
