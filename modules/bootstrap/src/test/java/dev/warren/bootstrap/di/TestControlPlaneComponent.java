package dev.warren.bootstrap.di;

import dagger.BindsInstance;
import dagger.Component;
import dev.warren.bootstrap.config.ManagerConfig;
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

  @Component.Factory
  interface Factory {
    TestControlPlaneComponent create(@BindsInstance ManagerConfig config);
  }
}
