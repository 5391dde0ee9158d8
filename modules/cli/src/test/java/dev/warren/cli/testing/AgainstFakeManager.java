package dev.warren.cli.testing;

import dev.warren.cli.FakeManager;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import picocli.CommandLine.IFactory;

/**
 * Tests of client commands against a {@link FakeManager} whose clock stands at {@link #NOW}; the
 * command line's clock stands a given time later (for the ages it prints). No command may start a
 * manager.
 */
public abstract class AgainstFakeManager {
  protected static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  protected final FakeManager manager;
  protected final IFactory factory;

  protected AgainstFakeManager(Duration cliClockLater) {
    this(NOW, cliClockLater);
  }

  /** The fake manager's clock stands at {@code managerNow} instead of {@link #NOW}. */
  protected AgainstFakeManager(Instant managerNow, Duration cliClockLater) {
    this.manager = new FakeManager(InstantSource.fixed(managerNow));
    this.factory =
        TestCommands.clientCommands(manager, InstantSource.fixed(managerNow.plus(cliClockLater)));
  }

  protected AgainstFakeManager() {
    this(Duration.ZERO);
  }

  /** Runs {@code warren ARGS} isolated from the real user's environment. */
  protected CliRun warren(String... args) {
    return CliRun.execute(factory, args);
  }
}
