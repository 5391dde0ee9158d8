package dev.warren.cli;

import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a manager: it takes the client options ({@code --timeout}) and connects
 * with them, so that a command holds only its own options and what it does with the answer.
 */
public abstract class ManagerCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  /** The command line's clock (ages in tables and details are relative to it). */
  protected final InstantSource clock;

  @Spec protected CommandSpec spec;

  @Mixin protected ClientOptions client;

  protected ManagerCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  /** Connects to the manager the client options name; the caller closes the connection. */
  protected final ManagerClient connect() {
    return connector.connect(client.config());
  }

  /** Where the command prints. */
  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
