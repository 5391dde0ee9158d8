package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ManagerConnector;
import java.time.InstantSource;

/** The real collaborators of the command line: gRPC to a manager, the real clock and start-up. */
@Module
public interface ProductionClientModule {

  @Provides
  static ManagerConnector managerConnector() {
    return ManagerConnections::open;
  }

  @Provides
  static ControlPlaneLauncher controlPlaneLauncher() {
    return config -> DaggerControlPlaneComponent.factory().create(config).server();
  }

  @Provides
  static InstantSource clock() {
    return InstantSource.system();
  }
}
