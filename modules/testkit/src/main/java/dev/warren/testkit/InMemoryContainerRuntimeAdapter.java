package dev.warren.testkit;

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
import dev.warren.domain.port.out.VolumeBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A {@link ContainerRuntimePort} that runs nothing: containers are entries in a map that a test can
 * end at will ({@link #exit}). Its commands are a small vocabulary instead of programs:
 *
 * <ul>
 *   <li>{@code run [LINE...]} prints the lines and runs until stopped;
 *   <li>{@code print-env NAME} prints the variable's value and runs until stopped;
 *   <li>{@code exit CODE} ends at once with that code;
 *   <li>{@code ignore-stop} prints {@code ready} and ends only when killed;
 *   <li>{@code print-secret NAME} prints the secret's content and runs until stopped;
 *   <li>{@code write-volume VOLUME FILE TEXT} writes the text to that file of the volume's
 *       directory on this machine, and runs until stopped;
 *   <li>{@code ticks} prints {@code tick 1}, {@code tick 2}, … every few milliseconds until stopped
 *       (on a virtual thread, as a process would write on its own);
 * </ul>
 *
 * anything else is a command that does not exist. {@link #exec} knows {@code exit CODE} and {@code
 * echo WORDS...}. The state is kept in a {@link Store} that outlives the adapter, so a test can
 * "restart" the runtime over it.
 */
public final class InMemoryContainerRuntimeAdapter implements ContainerRuntimePort {

  private static final Duration TICK = Duration.ofMillis(20);

  /** The one image this runtime runs. */
  public static final String IMAGE = "memory://";

  /** The containers, which outlive any one adapter as processes outlive a worker. */
  public static final class Store {
    private final Map<TaskId, Entry> containers = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
  }

  private static final class Entry {
    final TaskId id;
    final String runtimeId;
    final ContainerLaunch launch;
    final List<String> log = new ArrayList<>();
    final List<Consumer<String>> followers = new ArrayList<>();
    RuntimeState state;

    Entry(TaskId id, String runtimeId, ContainerLaunch launch, RuntimeState state) {
      this.id = id;
      this.runtimeId = runtimeId;
      this.launch = launch;
      this.state = state;
    }

    RuntimeContainer snapshot() {
      return new RuntimeContainer(id, runtimeId, state);
    }
  }

  private final Store store;
  private final InstantSource clock;

  public InMemoryContainerRuntimeAdapter(Store store, InstantSource clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A runtime over a store of its own. */
  public static InMemoryContainerRuntimeAdapter fresh() {
    return new InMemoryContainerRuntimeAdapter(new Store(), InstantSource.system());
  }

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public boolean canRun(String image) {
    return IMAGE.equals(image);
  }

  @Override
  public synchronized RuntimeContainer start(ContainerLaunch launch) {
    if (!canRun(launch.image())) {
      throw new InvalidSpecException(
          "the in-memory runtime runs only image " + IMAGE + ", not '" + launch.image() + "'");
    }
    Entry existing = store.containers.get(launch.id());
    if (existing != null) {
      return existing.snapshot();
    }
    for (VolumeBinding volume : launch.volumes()) {
      if (!Files.isDirectory(Path.of(volume.hostPath()))) {
        throw new FailedPreconditionException(
            "volume " + volume.volume() + " is not on this node (" + volume.hostPath() + ")");
      }
    }
    List<String> command = launch.command();
    String verb = command.isEmpty() ? "" : command.get(0);
    List<String> args = command.isEmpty() ? List.of() : command.subList(1, command.size());
    RuntimeState running = new RuntimeState.Running(clock.instant());
    Entry entry = new Entry(launch.id(), "mem-" + store.ids.incrementAndGet(), launch, running);
    switch (verb) {
      case "run" -> entry.log.addAll(args);
      case "print-env" -> entry.log.add(launch.env().getOrDefault(args.get(0), ""));
      case "exit" ->
          entry.state =
              new RuntimeState.Exited(
                  OptionalInt.of(Integer.parseInt(args.get(0))), "exited with code " + args.get(0));
      case "ignore-stop" -> entry.log.add("ready");
      case "print-secret" ->
          launch.secrets().stream()
              .filter(secret -> secret.name().equals(args.get(0)))
              .forEach(
                  secret ->
                      entry.log.add(new String(secret.data().toArray(), StandardCharsets.UTF_8)));
      case "write-volume" -> writeToVolume(launch, args.get(0), args.get(1), args.get(2));
      case "ticks" ->
          Thread.ofVirtual().name("ticks-" + launch.id().value()).start(() -> tick(entry));
      default ->
          throw new FailedPreconditionException(
              "command not found: '" + verb + "' is not a command of the in-memory runtime");
    }
    store.containers.put(launch.id(), entry);
    return entry.snapshot();
  }

  private static void writeToVolume(
      ContainerLaunch launch, String volume, String file, String text) {
    VolumeBinding binding =
        launch.volumes().stream()
            .filter(v -> v.volume().equals(volume))
            .findFirst()
            .orElseThrow(() -> new FailedPreconditionException("no volume " + volume));
    try {
      Files.writeString(Path.of(binding.hostPath()).resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized RuntimeContainer stop(TaskId id, Duration grace) {
    Entry entry = entry(id);
    if (entry.state instanceof RuntimeState.Running) {
      boolean ignores = entry.launch.command().get(0).equals("ignore-stop");
      entry.state =
          ignores
              ? new RuntimeState.Exited(
                  OptionalInt.of(137),
                  "killed: it did not stop within the stop timeout of " + grace.toSeconds() + " s")
              : new RuntimeState.Exited(OptionalInt.of(143), "exited with code 143: stopped");
    }
    return entry.snapshot();
  }

  /** Ends a running container on its own with {@code code}, as a crashing process would. */
  public synchronized void exit(TaskId id, int code) {
    Entry entry = entry(id);
    entry.state = new RuntimeState.Exited(OptionalInt.of(code), "exited with code " + code);
  }

  @Override
  public synchronized Optional<RuntimeContainer> inspect(TaskId id) {
    return Optional.ofNullable(store.containers.get(id)).map(Entry::snapshot);
  }

  @Override
  public synchronized List<RuntimeContainer> list() {
    return store.containers.values().stream().map(Entry::snapshot).toList();
  }

  @Override
  public synchronized List<String> tailLogs(TaskId id, int lines) {
    List<String> log = entry(id).log;
    return List.copyOf(log.subList(Math.max(0, log.size() - Math.max(0, lines)), log.size()));
  }

  /** Runs the vocabulary's {@code exit CODE} (and {@code echo WORDS...}, exit 0); else 127. */
  @Override
  public synchronized ExecResult exec(TaskId id, List<String> command, Duration timeout) {
    Entry entry = entry(id);
    if (!(entry.state instanceof RuntimeState.Running)) {
      throw new NotFoundException("no running container on this node: " + id);
    }
    String verb = command.isEmpty() ? "" : command.get(0);
    return switch (verb) {
      case "exit" -> new ExecResult(Integer.parseInt(command.get(1)), "");
      case "echo" -> new ExecResult(0, String.join(" ", command.subList(1, command.size())));
      default -> new ExecResult(127, verb + ": not found");
    };
  }

  /** Writes {@code line} to the container's log, as its process would; followers get it. */
  public synchronized void write(TaskId id, String line) {
    append(entry(id), line);
  }

  @Override
  public synchronized LogFollow followLogs(TaskId id, int tail, Consumer<String> lines) {
    Entry entry = entry(id);
    tailLogs(id, tail).forEach(lines);
    entry.followers.add(lines);
    return () -> {
      synchronized (this) {
        entry.followers.remove(lines);
      }
    };
  }

  private void append(Entry entry, String line) {
    entry.log.add(line);
    List.copyOf(entry.followers).forEach(follower -> follower.accept(line));
  }

  private void tick(Entry entry) {
    try {
      for (int n = 1; ; n++) {
        synchronized (this) {
          if (store.containers.get(entry.id) != entry
              || !(entry.state instanceof RuntimeState.Running)) {
            return;
          }
          append(entry, "tick " + n);
        }
        Thread.sleep(TICK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void remove(TaskId id) {
    store.containers.remove(id);
  }

  private Entry entry(TaskId id) {
    Entry entry = store.containers.get(id);
    if (entry == null) {
      throw new NotFoundException("container not found on this node: " + id);
    }
    return entry;
  }
}
