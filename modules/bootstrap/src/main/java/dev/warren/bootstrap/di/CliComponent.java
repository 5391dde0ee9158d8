package dev.warren.bootstrap.di;

import dagger.Component;
import jakarta.inject.Singleton;
import picocli.CommandLine.IFactory;

/**
 * The {@code warren} command line: builds the commands with their collaborators. Client commands
 * get a gRPC connection to a manager; only {@code cluster init} and {@code server run} build a
 * {@link ControlPlaneComponent}, and only when they execute. Nothing here opens Raft or Xodus.
 */
@Singleton
@Component(modules = {ClientModule.class, CommandModule.class, LoginModule.class})
public interface CliComponent {

  /** The picocli factory that creates commands through this component. */
  IFactory commandFactory();
}
