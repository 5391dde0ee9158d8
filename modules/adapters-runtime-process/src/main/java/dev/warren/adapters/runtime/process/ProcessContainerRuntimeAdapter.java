package dev.warren.adapters.runtime.process;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.ExecResult;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import dev.warren.domain.port.out.SecretFile;
import dev.warren.domain.port.out.VolumeBinding;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@link ContainerRuntimePort} for host processes: a container whose image is {@value #IMAGE} runs
 * its command through a {@link WrapperScript wrapper shell} in a session and process group of its
 * own, in a working directory of its own, its output appended to a size-capped, rotated log, under
 * cgroup v1 memory and CPU limits where the machine allows. Nothing about a running container is
 * kept only in memory: a new adapter over the same directory (after a worker restart, even a kill
 * -9) finds every container by its recorded pid and start time and never starts a second copy.
 */
public final class ProcessContainerRuntimeAdapter implements ContainerRuntimePort, AutoCloseable {

  /** The image reference that asks for a host process instead of a container image. */
  public static final String IMAGE = "process://";

  /** The variable that names the directory of a process's secret files. */
  public static final String SECRETS_VARIABLE = "WARREN_SECRETS_DIR";

  private static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration POLL = Duration.ofMillis(5);

  /** How often a followed log is checked for new lines. */
  private static final Duration LOG_POLL = Duration.ofMillis(100);

  private final ProcessRuntimeSettings settings;
  private final Cgroups cgroups;
  private final String hostPath;
  private final ConcurrentMap<TaskId, Object> locks = new ConcurrentHashMap<>();
  private final ScheduledExecutorService rotation;

  private ProcessContainerRuntimeAdapter(ProcessRuntimeSettings settings, String hostPath) {
    this.settings = settings;
    this.cgroups = new Cgroups(settings.cgroupRoot());
    this.hostPath = hostPath;
    this.rotation =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "process-runtime-log-rotation");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Opens the runtime over {@code settings.root()} (created, mode 0700, if missing) and starts
   * rotating logs.
   *
   * @throws UncheckedIOException if the directory cannot be created
   */
  public static ProcessContainerRuntimeAdapter open(ProcessRuntimeSettings settings) {
    try {
      Files.createDirectories(
          settings.root(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + settings.root(), e);
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse(DEFAULT_PATH);
    var adapter = new ProcessContainerRuntimeAdapter(settings, path);
    long period = settings.rotationInterval().toMillis();
    adapter.rotation.scheduleWithFixedDelay(
        adapter::rotateLogs, period, period, TimeUnit.MILLISECONDS);
    return adapter;
  }

  /** Whether memory and CPU limits are applied on this machine (cgroup v1, writable). */
  public boolean enforcesLimits() {
    return cgroups.available();
  }

  @Override
  public String name() {
    return "process";
  }

  /** {@value #IMAGE}, optionally followed by the path of the program to run. */
  @Override
  public boolean canRun(String image) {
    return image.startsWith(IMAGE);
  }

  /**
   * The argument vector: the command as given for {@value #IMAGE}; for {@code process:///PATH},
   * that program followed by the command as its arguments.
   */
  private static List<String> argv(ContainerLaunch launch) {
    String program = launch.image().substring(IMAGE.length());
    if (program.isEmpty()) {
      return launch.command();
    }
    var argv = new ArrayList<String>();
    argv.add(program);
    argv.addAll(launch.command());
    return List.copyOf(argv);
  }

  @Override
  public RuntimeContainer start(ContainerLaunch launch) {
    if (!canRun(launch.image())) {
      throw new InvalidSpecException(
          "the process runtime runs only images "
              + IMAGE
              + "[PATH], not '"
              + launch.image()
              + "': run OCI images on a worker started with --runtime containerd");
    }
    List<String> command = argv(launch);
    if (command.isEmpty()) {
      throw new InvalidSpecException(
          "a "
              + IMAGE
              + " container needs a command: warren service create NAME --image "
              + IMAGE
              + " -- COMMAND [ARG...]");
    }
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), launch.id());
    synchronized (lockFor(launch.id())) {
      if (dir.exists()) {
        return current(dir);
      }
      Map<String, String> env = environment(launch, dir);
      String executable = command.get(0);
      requireExecutable(executable, env.get("PATH"));
      requireVolumes(launch.volumes());
      createDirectories(dir);
      writeSecrets(dir, launch.secrets());
      List<String> argv = new ArrayList<>();
      argv.add("setsid");
      argv.add("sh");
      argv.add("-c");
      argv.add(WrapperScript.of(dir, cgroups.prepare(launch.id(), launch.resources())));
      argv.add("sh");
      argv.addAll(command);
      ProcessBuilder builder =
          new ProcessBuilder(argv)
              .directory(dir.workDir().toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.log().toFile()))
              .redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(env);
      Process wrapper;
      try {
        wrapper = builder.start();
      } catch (IOException e) {
        dir.delete();
        throw new FailedPreconditionException(
            "cannot start container " + launch.id() + ": " + e.getMessage(), e);
      }
      record(dir, wrapper);
      return current(dir);
    }
  }

  @Override
  public RuntimeContainer stop(TaskId id, Duration grace) {
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), id);
    synchronized (lockFor(id)) {
      if (!dir.exists()) {
        throw new NotFoundException("container not found on this node: " + id);
      }
      Optional<ProcessIdentity> process = dir.process();
      if (process.isPresent() && process.get().alive()) {
        ProcessIdentity leader = process.get();
        awaitReady(dir, leader);
        signalGroup("TERM", leader.pid());
        if (!awaitGone(leader, grace)) {
          dir.writeStopReason(
              "killed: it did not stop within the stop timeout of " + grace.toSeconds() + " s");
          signalGroup("KILL", leader.pid());
          awaitGone(leader, KILL_TIMEOUT);
        }
        // Whatever the command left behind in its group goes with it.
        signalGroup("KILL", leader.pid());
        awaitGroupGone(leader.pid());
      }
      return current(dir);
    }
  }

  @Override
  public Optional<RuntimeContainer> inspect(TaskId id) {
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), id);
    return dir.exists() ? Optional.of(current(dir)) : Optional.empty();
  }

  @Override
  public List<RuntimeContainer> list() {
    return containerDirectories().map(this::current).toList();
  }

  @Override
  public List<String> tailLogs(TaskId id, int lines) {
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), id);
    if (!dir.exists()) {
      throw new NotFoundException("container not found on this node: " + id);
    }
    return LogFiles.tail(dir.log(), settings.rotatedLogFiles(), lines);
  }

  @Override
  public LogFollow followLogs(TaskId id, int tail, Consumer<String> lines) {
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), id);
    if (!dir.exists()) {
      throw new NotFoundException("container not found on this node: " + id);
    }
    return LogFollower.start(
        dir.log(), settings.rotatedLogFiles(), tail, lines, LOG_POLL, "log-follow-" + id.value());
  }

  @Override
  public ExecResult exec(TaskId id, List<String> command, Duration timeout) {
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), id);
    RuntimeContainer container =
        inspect(id)
            .filter(RuntimeContainer::running)
            .orElseThrow(() -> new NotFoundException("no running container on this node: " + id));
    if (command.isEmpty()) {
      throw new InvalidSpecException("a command to run in container " + id + " is required");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.workDir().toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(ExecEnvironment.of(dir, container));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return new ExecResult(127, "cannot run " + command.get(0) + ": " + e.getMessage());
    }
    return ExecOutput.await(process, timeout);
  }

  @Override
  public void remove(TaskId id) {
    ContainerDirectory dir = ContainerDirectory.of(settings.root(), id);
    synchronized (lockFor(id)) {
      if (!dir.exists()) {
        return;
      }
      stop(id, Duration.ZERO);
      cgroups.remove(id);
      dir.delete();
    }
    locks.remove(id);
  }

  /** Stops rotating logs. Containers keep running: they belong to the cluster, not to us. */
  @Override
  public void close() {
    rotation.shutdownNow();
  }

  private RuntimeContainer current(ContainerDirectory dir) {
    Optional<ProcessIdentity> process = dir.process();
    String runtimeId = process.map(p -> Long.toString(p.pid())).orElse("");
    if (process.isPresent() && process.get().alive()) {
      return new RuntimeContainer(
          dir.id(), runtimeId, new RuntimeState.Running(process.get().startedAt()));
    }
    return new RuntimeContainer(dir.id(), runtimeId, ended(dir, process.isPresent()));
  }

  private static RuntimeState.Exited ended(ContainerDirectory dir, boolean started) {
    OptionalInt code = dir.exitCode();
    Optional<String> stopReason = dir.stopReason();
    if (code.isPresent()) {
      int value = code.getAsInt();
      String reason = stopReason.orElse(value == 0 ? "exited" : describeExit(value));
      return new RuntimeState.Exited(code, reason);
    }
    if (stopReason.isPresent()) {
      return new RuntimeState.Exited(OptionalInt.of(128 + 9), stopReason.get());
    }
    return new RuntimeState.Exited(
        OptionalInt.empty(),
        started
            ? "lost: the process ended without leaving an exit status (killed with SIGKILL?)"
            : "the process never started");
  }

  private static String describeExit(int code) {
    if (code == 127) {
      return "exited with code 127: command not found (see its log)";
    }
    if (code > 128 && code < 160) {
      return "exited with code " + code + ": ended by signal " + (code - 128);
    }
    return "exited with code " + code;
  }

  private Map<String, String> environment(ContainerLaunch launch, ContainerDirectory dir) {
    var env = new HashMap<String, String>();
    env.put("PATH", hostPath);
    env.put("HOME", dir.workDir().toString());
    env.put("WARREN_CONTAINER_ID", launch.id().value());
    env.put("WARREN_SERVICE_NAME", launch.serviceName());
    env.put("WARREN_SLOT", Integer.toString(launch.slot()));
    if (!launch.secrets().isEmpty()) {
      env.put(SECRETS_VARIABLE, dir.secretsDir().toString());
    }
    for (VolumeBinding volume : launch.volumes()) {
      env.put(volumeVariable(volume.volume()), volume.hostPath());
    }
    env.putAll(launch.env());
    return env;
  }

  /**
   * The variable that gives a process the directory of volume {@code name}: {@code WARREN_VOLUME_}
   * and the name in capitals, other characters as '_' ({@code app-data} → {@code
   * WARREN_VOLUME_APP_DATA}).
   */
  public static String volumeVariable(String name) {
    return "WARREN_VOLUME_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static void requireVolumes(List<VolumeBinding> volumes) {
    for (VolumeBinding volume : volumes) {
      if (!Files.isDirectory(Path.of(volume.hostPath()))) {
        throw new FailedPreconditionException(
            "volume "
                + volume.volume()
                + " is not on this node ("
                + volume.hostPath()
                + " does not exist): a local volume stays on the node that created it");
      }
    }
  }

  /** Secret files readable by the owner alone, in a directory only the owner can enter. */
  private static void writeSecrets(ContainerDirectory dir, List<SecretFile> secrets) {
    if (secrets.isEmpty()) {
      return;
    }
    try {
      Files.createDirectory(
          dir.secretsDir(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      for (SecretFile secret : secrets) {
        Path file =
            Files.createFile(
                dir.secretsDir().resolve(secret.name()),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, secret.data().toArray());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
      }
    } catch (IOException e) {
      dir.delete();
      throw new FailedPreconditionException(
          "cannot write the secrets of container " + dir.id() + ": " + e.getMessage(), e);
    }
  }

  private static void requireExecutable(String command, String path) {
    if (command.contains("/")) {
      Path file = Path.of(command);
      // A relative path names a file in the fresh working directory: its log will tell.
      if (!file.isAbsolute() || (Files.isRegularFile(file) && Files.isExecutable(file))) {
        return;
      }
      throw new FailedPreconditionException(
          "command not found: '" + command + "' is not an executable file on this node");
    }
    for (String entry : (path == null ? DEFAULT_PATH : path).split(":")) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(entry).resolve(command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return;
      }
    }
    throw new FailedPreconditionException(
        "command not found: '"
            + command
            + "' is on no directory of PATH ("
            + path
            + "); install it on this node or give its full path");
  }

  private static void createDirectories(ContainerDirectory dir) {
    try {
      Files.createDirectories(
          dir.path(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.createDirectories(dir.workDir());
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "cannot create the directory of container " + dir.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records the wrapper's pid and start time as soon as it is spawned, so a start returns without
   * waiting for the shell to come up and record itself (two more programs to fork and run, which a
   * busy machine makes tens of milliseconds). {@code setsid} runs the shell in its own process (it
   * forks only when already a group leader, which a child of the JVM never is), so the pid is the
   * wrapper's. The wrapper still records itself too: that record covers a worker killed between the
   * spawn and this line, and replaces this one with the same content. Where the record cannot be
   * made here, the start waits for the wrapper's own.
   */
  private static void record(ContainerDirectory dir, Process wrapper) {
    Optional<ProcessIdentity> spawned = ProcessIdentity.of(wrapper.pid());
    if (spawned.isEmpty() || !dir.recordIfAbsent(spawned.get())) {
      awaitRecorded(dir, wrapper);
    }
  }

  /**
   * Waits until the wrapper leads its group, has started the command and handles SIGTERM — a stop
   * may come right after a start, which returns as soon as the wrapper is spawned — or has ended. A
   * wrapper older than {@link #START_TIMEOUT} is past its set-up whether or not it says so (one
   * started by a worker from before the ready file).
   */
  private static void awaitReady(ContainerDirectory dir, ProcessIdentity leader) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!Files.exists(dir.readyFile())
        && leader.alive()
        && leader.startedAt().isAfter(Instant.now().minus(START_TIMEOUT))
        && System.nanoTime() - deadline < 0) {
      pause();
    }
  }

  /** Waits until the wrapper has recorded its pid, or has ended without doing so. */
  private static void awaitRecorded(ContainerDirectory dir, Process wrapper) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (dir.process().isEmpty()) {
      if (!wrapper.isAlive() && dir.process().isEmpty()) {
        return; // it never got as far: current() says "never started"
      }
      if (System.nanoTime() > deadline) {
        throw new FailedPreconditionException(
            "container " + dir.id() + " did not start within " + START_TIMEOUT.toSeconds() + " s");
      }
      pause();
    }
  }

  private static boolean awaitGone(ProcessIdentity process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (process.alive()) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      pause();
    }
    return true;
  }

  private static void awaitGroupGone(long pgid) {
    long deadline = System.nanoTime() + KILL_TIMEOUT.toNanos();
    while (ProcessIdentity.groupAlive(pgid) && System.nanoTime() - deadline < 0) {
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FailedPreconditionException("interrupted while waiting for a process", e);
    }
  }

  /** Sends {@code signal} to process group {@code pgid}; a group already gone is fine. */
  private static void signalGroup(String signal, long pgid) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-s", signal, "--", "-" + pgid)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      kill.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (IOException e) {
      throw new FailedPreconditionException("cannot send SIG" + signal + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Stream<ContainerDirectory> containerDirectories() {
    try (Stream<Path> entries = Files.list(settings.root())) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> name.matches("[A-Za-z0-9._-]{1,128}") && !name.matches("\\.{1,2}"))
          .sorted()
          .map(name -> ContainerDirectory.of(settings.root(), TaskId.of(name)))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + settings.root(), e);
    }
  }

  private void rotateLogs() {
    try {
      containerDirectories()
          .forEach(
              dir ->
                  LogFiles.rotateIfLarger(
                      dir.log(), settings.logFileBytes(), settings.rotatedLogFiles()));
    } catch (RuntimeException e) {
      // a directory removed mid-walk; the next round sees the new state
    }
  }

  private Object lockFor(TaskId id) {
    return locks.computeIfAbsent(id, key -> new Object());
  }
}
