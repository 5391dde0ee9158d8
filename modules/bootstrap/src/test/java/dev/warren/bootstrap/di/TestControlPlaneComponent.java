package dev.warren.bootstrap.di;

import dagger.BindsInstance;
import dagger.Component;
import dev.warren.application.workload.WatchContainersHandler;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.port.out.ReplicatedLogPort;
import jakarta.inject.Singleton;

/**
 * A manager with the testkit's in-memory state and log in place of Xodus and Ratis (Dagger's module
 * swap); the CA, use cases, gRPC API and metrics are the real ones.
 */
@Singleton
@Component(
    modules = {
      InMemoryStateModule.class,
      InMemoryLogModule.class,
      CryptoModule.class,
      UseCaseModule.class,
      GrpcModule.class,
      MetricsModule.class
    })
public interface TestControlPlaneComponent extends ControlPlaneComponent {

  /** The in-memory log, for tests that seed what no RPC creates yet (containers). */
  ReplicatedLogPort replicatedLog();

  /** The container watches, to see them open and close. */
  WatchContainersHandler containerWatches();

  @Component.Factory
  interface Factory {
    TestControlPlaneComponent create(@BindsInstance ManagerConfig config);
  }
}
