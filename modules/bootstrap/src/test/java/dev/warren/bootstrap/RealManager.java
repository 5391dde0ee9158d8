package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.node.NodeId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import picocli.CommandLine.IFactory;

/**
 * Managers built by the production component (Xodus, Ratis, Bouncy Castle, gRPC on OS-assigned
 * loopback ports) in a test's data directory, and the real command line against them as the admin
 * whose credentials the manager writes into the test's config home. A test registers it as an
 * extension; it closes every manager it built after each test.
 */
public final class RealManager implements AfterEachCallback {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  private final Supplier<Path> dataDir;
  private final Supplier<Path> configHome;
  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private final List<ControlPlaneServer> servers = new CopyOnWriteArrayList<>();

  /** Suppliers, since a test's {@code @TempDir} fields are set only after it is constructed. */
  RealManager(Supplier<Path> dataDir, Supplier<Path> configHome) {
    this.dataDir = dataDir;
    this.configHome = configHome;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    servers.forEach(ControlPlaneServer::close);
  }

  /**
   * The test's own config home: the manager writes the admin credentials there, the CLI reads them.
   */
  CliEnvironment environment() {
    return CliRun.isolatedIn(configHome.get());
  }

  /** The configuration of node {@code manager-1} in the test's data directory. */
  ManagerConfig config() {
    return new ManagerConfig(dataDir.get(), NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
        .withAdminCredentials(environment().credentials());
  }

  /** A manager of {@link #config()}, not started yet. */
  ControlPlaneServer newServer() {
    return newServer(config());
  }

  /** A manager of {@code config}, not started yet. */
  ControlPlaneServer newServer(ManagerConfig config) {
    ControlPlaneServer server = DaggerControlPlaneComponent.factory().create(config).server();
    servers.add(server);
    return server;
  }

  /** {@code warren ARGS --manager API} against {@code manager}. */
  CliRun warren(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    return CliRun.execute(cli, environment(), all.toArray(String[]::new));
  }

  /** The same, asserting that the command succeeded. */
  CliRun ok(StartReport manager, String... args) {
    CliRun run = warren(manager, args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  /**
   * Creates service {@code name}: {@code replicas} replicas of {@code image} that each run {@code
   * script} with {@code sh -c}; asserts that the command succeeded.
   */
  CliRun createShellService(
      StartReport manager, String name, String image, int replicas, String script) {
    return ok(
        manager,
        "service",
        "create",
        name,
        "--image",
        image,
        "--replicas",
        String.valueOf(replicas),
        "--command",
        "sh",
        "--command=-c",
        "--command",
        script);
  }

  /** Creates {@code name}, a {@code process://} service of {@code replicas} that only sleep. */
  CliRun createSleepers(StartReport manager, String name, int replicas) {
    return createShellService(
        manager, name, "process://", replicas, "while true; do sleep 1; done");
  }

  /** How many of {@code service}'s replicas {@code warren service ps} shows running. */
  long runningReplicas(StartReport manager, String service) {
    return ok(manager, "service", "ps", service)
        .out()
        .lines()
        .filter(line -> line.contains("running"))
        .count();
  }

  /** Every regular file under {@code root} that holds {@code needle}, relative to {@code root}. */
  public static List<String> filesContaining(Path root, byte[] needle) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> contains(read(file), needle))
          .map(file -> root.relativize(file).toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
