package dev.warren.bootstrap.di;

import dagger.Component;
import dev.warren.cli.CommandFactory;
import jakarta.inject.Singleton;

/**
 * The {@code warren} command line: hands the commands their collaborators. Client commands get a
 * gRPC connection to a manager; only {@code cluster init} and {@code server run} build a {@link
 * ControlPlaneComponent}, and only when they execute. Nothing here opens Raft or Xodus.
 */
@Singleton
@Component(modules = {ClientModule.class, ProductionClientModule.class})
public interface CliComponent {

  /** The picocli factory that creates the commands with their collaborators. */
  CommandFactory commandFactory();
}
