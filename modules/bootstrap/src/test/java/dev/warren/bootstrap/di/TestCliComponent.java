package dev.warren.bootstrap.di;

import dagger.BindsInstance;
import dagger.Component;
import dev.warren.bootstrap.cli.ManagerConnector;
import dev.warren.bootstrap.lifecycle.ControlPlaneLauncher;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/** The real command wiring with the manager connection, launcher and clock handed in by a test. */
@Singleton
@Component(modules = {CommandModule.class, LoginModule.class})
public interface TestCliComponent extends CliComponent {

  @Component.Factory
  interface Factory {
    TestCliComponent create(
        @BindsInstance ManagerConnector connector,
        @BindsInstance ControlPlaneLauncher launcher,
        @BindsInstance InstantSource clock);
  }
}
