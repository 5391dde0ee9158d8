package dev.warren.benchmarks;

import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.tls.ClientTlsIdentity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shipped image's {@code warren cluster init} in a process of its own, as a user starts it, on
 * loopback ports the OS picks and with its own data, config and runtime directories under one
 * temporary directory. What the benchmarks read of it comes from outside: its start report on
 * stdout, the admin certificate it writes, and {@code /proc/PID} for CPU time and memory.
 */
final class ShippedManager implements AutoCloseable {
  private static final Pattern API = Pattern.compile("^API:\\s+(\\S+):(\\d+)\\s*$");
  private static final Pattern CREDENTIALS = Pattern.compile("^Admin credentials: (\\S+)");
  private static final String RUNNING = "Manager running";
  private static final long TICKS_PER_SECOND = 100; // USER_HZ; `getconf CLK_TCK` on Linux

  private final Process process;
  private final Path root;
  private final int apiPort;
  private final ClientTlsIdentity admin;
  private final List<String> output;

  private ShippedManager(
      Process process, Path root, int apiPort, ClientTlsIdentity admin, List<String> output) {
    this.process = process;
    this.root = root;
    this.apiPort = apiPort;
    this.admin = admin;
    this.output = output;
  }

  /**
   * Starts {@code image/bin/warren cluster init} with {@code extraArgs} and waits until it says it
   * runs.
   *
   * @throws IOException if it cannot start or ends or stays silent before it is up
   */
  static ShippedManager start(Path image, Path parent, List<String> extraArgs, Duration startCap)
      throws IOException, InterruptedException {
    Files.createDirectories(parent);
    Path root = Files.createTempDirectory(parent, "warren-wbench-");
    var command = new ArrayList<String>();
    command.add(image.resolve("bin/warren").toString());
    command.addAll(
        List.of(
            "cluster",
            "init",
            "--data-dir",
            root.resolve("data").toString(),
            "--listen",
            "127.0.0.1:0",
            "--raft-listen",
            "127.0.0.1:0",
            "--metrics-listen",
            "127.0.0.1:0"));
    command.addAll(extraArgs);
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("XDG_CONFIG_HOME", root.resolve("config").toString());
    builder.environment().put("XDG_DATA_HOME", root.resolve("share").toString());
    builder.environment().put("XDG_RUNTIME_DIR", root.resolve("run").toString());
    Files.createDirectories(root.resolve("run"));
    Process process = builder.start();
    List<String> output = new ArrayList<>();
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (var in =
                      new BufferedReader(
                          new InputStreamReader(
                              process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                      lines.offer(line);
                    }
                  } catch (IOException ended) {
                    // The process is gone; whatever it printed is in the queue.
                  }
                });
    reader.setName("manager-output");
    long deadline = System.nanoTime() + startCap.toNanos();
    int port = -1;
    Path credentials = null;
    while (System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line == null) {
        if (!process.isAlive()) {
          break;
        }
        continue;
      }
      synchronized (output) {
        output.add(line);
      }
      Matcher api = API.matcher(line);
      if (api.matches()) {
        port = Integer.parseInt(api.group(2));
      }
      Matcher admin = CREDENTIALS.matcher(line);
      if (admin.find()) {
        credentials = Path.of(admin.group(1));
      }
      if (line.startsWith(RUNNING)) {
        break;
      }
    }
    if (port < 0 || credentials == null || !process.isAlive()) {
      process.destroyForcibly();
      throw new IOException(
          "the manager did not start within " + startCap + "; it said: " + output);
    }
    ClientTlsIdentity admin =
        new CredentialsDirectory(credentials)
            .read()
            .orElseThrow(() -> new IOException("no admin credentials in the manager's output"));
    // Keep draining its output so it never blocks on a full pipe.
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                while (process.isAlive() || !lines.isEmpty()) {
                  lines.poll(1, TimeUnit.SECONDS);
                }
              } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
              }
            });
    return new ShippedManager(process, root, port, admin, output);
  }

  int apiPort() {
    return apiPort;
  }

  ClientTlsIdentity adminIdentity() {
    return admin;
  }

  long pid() {
    return process.pid();
  }

  Path root() {
    return root;
  }

  /** CPU time (user + system) the manager's JVM has used so far, in seconds. */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
    // The command name (field 2) may hold spaces; the fields counted from after its ')'.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks / (double) TICKS_PER_SECOND;
  }

  /** The manager's resident memory now, in kB ({@code VmRSS}). */
  long rssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("no VmRSS in /proc/" + pid() + "/status");
  }

  /**
   * Stops the manager with SIGTERM (SIGKILL after 20 s), then ends the replica processes it left
   * running by design (they outlive a manager) — only those whose command line names this manager's
   * directory — and deletes the directory.
   */
  @Override
  public void close() {
    try {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      killLeftovers();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteTree(root);
  }

  private void killLeftovers() throws InterruptedException {
    String mine = root.toString();
    List<ProcessHandle> left =
        ProcessHandle.allProcesses()
            .filter(
                handle ->
                    handle.info().commandLine().map(line -> line.contains(mine)).orElse(false))
            .toList();
    // A replica runs in a process group of its own under a wrapper shell that names the
    // directory; killing the group also ends the command the wrapper started.
    for (ProcessHandle handle : left) {
      processGroup(handle.pid()).ifPresent(ShippedManager::killGroup);
      handle.destroyForcibly();
    }
    for (ProcessHandle handle : left) {
      try {
        handle.onExit().get(5, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // Left to the OS; the directory is deleted regardless.
      }
    }
  }

  private static java.util.OptionalLong processGroup(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return java.util.OptionalLong.of(
          Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]));
    } catch (IOException | RuntimeException gone) {
      return java.util.OptionalLong.empty();
    }
  }

  private static void killGroup(long group) {
    if (group <= 1 || group == processGroup(ProcessHandle.current().pid()).orElse(-1)) {
      return; // never our own group (the manager's JVM is in it)
    }
    try {
      new ProcessBuilder("kill", "-KILL", "--", "-" + group).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run kill", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
