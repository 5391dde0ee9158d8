package dev.warren.cli.testing;

import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.cli.CliPorts;
import dev.warren.cli.CommandFactory;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.cluster.CertificateRequester;
import java.time.InstantSource;
import picocli.CommandLine.IFactory;

/** The real command tree with the manager connection, start-up and clock handed in by a test. */
public final class TestCommands {
  private TestCommands() {}

  /** Client commands: they reach a manager through {@code connector} and must never start one. */
  public static IFactory clientCommands(ManagerConnector connector, InstantSource clock) {
    return factory(
        connector,
        config -> {
          throw new AssertionError("client commands must not start a manager");
        },
        clock);
  }

  /** Commands whose {@code cluster login} must not redeem any token. */
  public static IFactory factory(
      ManagerConnector connector, ControlPlaneLauncher launcher, InstantSource clock) {
    return factory(
        connector,
        launcher,
        clock,
        (manager, caDigest, deadline, request) -> {
          throw new AssertionError("no certificate is requested here");
        });
  }

  public static IFactory factory(
      ManagerConnector connector,
      ControlPlaneLauncher launcher,
      InstantSource clock,
      CertificateRequester requester) {
    return new CommandFactory(
        new CliPorts(connector, launcher, clock, new JdkCsrAdapter(), requester));
  }
}
