package dev.warren.adapters.runtime.containerd;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import dev.warren.adapters.runtime.containerd.proto.containers.Container;
import dev.warren.adapters.runtime.containerd.proto.containers.CreateContainerRequest;
import dev.warren.adapters.runtime.containerd.proto.containers.DeleteContainerRequest;
import dev.warren.adapters.runtime.containerd.proto.containers.GetContainerRequest;
import dev.warren.adapters.runtime.containerd.proto.containers.ListContainersRequest;
import dev.warren.adapters.runtime.containerd.proto.events.Envelope;
import dev.warren.adapters.runtime.containerd.proto.events.SubscribeRequest;
import dev.warren.adapters.runtime.containerd.proto.snapshots.PrepareSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.snapshots.RemoveSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.taskevents.TaskExit;
import dev.warren.adapters.runtime.containerd.proto.tasks.CreateTaskRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.DeleteProcessRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.DeleteTaskRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.ExecProcessRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.GetRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.KillRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.StartRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.WaitRequest;
import dev.warren.adapters.runtime.containerd.proto.tasktypes.Process;
import dev.warren.adapters.runtime.containerd.proto.tasktypes.Status;
import dev.warren.adapters.runtime.containerd.proto.types.Mount;
import dev.warren.domain.error.DomainException;
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
import io.grpc.Context;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs OCI images as containerd containers: one container record, snapshot and task per Warren
 * container in the settings' namespace, labelled with its task id so a restarted worker finds and
 * adopts it. Output goes to a {@code file://} log per container, exits come from containerd's event
 * stream (and from asking, when an event was missed).
 *
 * <p>Open with {@link #open(ContainerdSettings)}; close to drop the connection (containers keep
 * running).
 */
public final class ContainerdRuntimeAdapter implements ContainerRuntimePort, AutoCloseable {
  /** Marks a containerd container as Warren's and names its task. */
  public static final String TASK_LABEL = "dev.warren.task";

  /** Where a container finds secret {@code name}: {@code /run/secrets/<name>}, read-only. */
  public static final String SECRETS_DIR = "/run/secrets";

  private static final System.Logger LOG =
      System.getLogger(ContainerdRuntimeAdapter.class.getName());
  private static final String SERVICE_LABEL = "dev.warren.service";
  private static final String STARTED_LABEL = "dev.warren.started-at";
  private static final String RUNC = "io.containerd.runc.v2";
  private static final String SPEC_TYPE = "types.containerd.io/opencontainers/runtime-spec/1/Spec";
  private static final String PROCESS_TYPE =
      "types.containerd.io/opencontainers/runtime-spec/1/Process";
  private static final String EXIT_TOPIC = "/tasks/exit";
  private static final int SIGTERM = 15;
  private static final int SIGKILL = 9;
  private static final String KILLED_AFTER_TIMEOUT = "killed after the stop timeout";

  private final ContainerdSettings settings;
  private final ContainerdConnection containerd;
  private final ContainerdImages images;
  private final Map<String, ContainerdImages.ResolvedImage> resolved = new ConcurrentHashMap<>();

  /** Exits of containers' main processes, as the event stream reported them. */
  private final Map<TaskId, TaskExit> exits = new ConcurrentHashMap<>();

  /** Why this runtime ended a container, when an exit code says too little. */
  private final Map<TaskId, String> reasons = new ConcurrentHashMap<>();

  private final ScheduledExecutorService resubscriber;
  private volatile Context.CancellableContext subscription;
  private volatile boolean closed;

  private ContainerdRuntimeAdapter(ContainerdSettings settings, ContainerdConnection containerd) {
    this.settings = settings;
    this.containerd = containerd;
    this.images =
        new ContainerdImages(
            containerd,
            new RegistryClient(
                new RegistryCredentials(settings.registryConfig()), settings.plainHttpRegistries()),
            settings.snapshotter(),
            settings.pullProgress());
    this.resubscriber =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "containerd-events");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Connects to containerd on {@code settings.socket()} and subscribes to its task exits. This is
   * the factory the worker's start-up calls for {@code --runtime containerd}.
   *
   * @throws dev.warren.domain.error.UnavailableException if containerd does not answer there
   */
  public static ContainerdRuntimeAdapter open(ContainerdSettings settings) {
    try {
      Files.createDirectories(settings.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + settings.dataDir(), e);
    }
    var adapter =
        new ContainerdRuntimeAdapter(
            settings, ContainerdConnection.open(settings.socket(), settings.namespace()));
    adapter.subscribe();
    return adapter;
  }

  @Override
  public String name() {
    return "containerd";
  }

  @Override
  public boolean canRun(String image) {
    try {
      ImageReference.parse(image);
      return true;
    } catch (InvalidSpecException e) {
      return false;
    }
  }

  @Override
  public RuntimeContainer start(ContainerLaunch launch) {
    ImageReference reference;
    try {
      reference = ImageReference.parse(launch.image());
    } catch (InvalidSpecException e) {
      throw new InvalidSpecException(
          "the containerd runtime cannot run image '"
              + launch.image()
              + "': it takes OCI image references such as registry.example/app:1.2",
          e);
    }
    Optional<RuntimeContainer> existing = inspect(launch.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    List<OciSpec.Bind> binds = new ArrayList<>();
    for (VolumeBinding volume : launch.volumes()) {
      if (!Files.isDirectory(Path.of(volume.hostPath()))) {
        throw new FailedPreconditionException(
            "volume "
                + volume.volume()
                + " is not on this node (no directory "
                + volume.hostPath()
                + "): run the container where the volume is, or create it here");
      }
      binds.add(new OciSpec.Bind(volume.hostPath(), volume.target(), volume.readOnly()));
    }
    ContainerdImages.ResolvedImage image = image(reference);
    String id = launch.id().value();
    Path directory = directoryOf(launch.id());
    List<Mount> rootfs;
    try {
      binds.addAll(writeSecrets(directory, launch.secrets()));
      long[] user = OciSpec.user(image.config().user(), reference.canonical());
      JsonObject spec =
          OciSpec.spec(
              OciSpec.process(
                  OciSpec.args(image.config(), launch.command(), reference.canonical()),
                  OciSpec.env(image.config(), launch.env()),
                  image.config().workingDir(),
                  user[0],
                  user[1]),
              binds,
              launch.resources(),
              "/" + settings.namespace() + "/" + id);
      rootfs = createContainer(launch, reference, image, spec);
    } catch (RuntimeException e) {
      // Secrets must not outlive a container that never started.
      deleteTree(directory);
      throw e;
    }
    String log = "file://" + directory.resolve("output.log");
    try {
      containerd.tasks.create(
          CreateTaskRequest.newBuilder()
              .setContainerId(id)
              .addAllRootfs(rootfs)
              .setStdout(log)
              .setStderr(log)
              .build());
      containerd.tasks.start(StartRequest.newBuilder().setContainerId(id).build());
    } catch (StatusRuntimeException e) {
      remove(launch.id());
      throw startFailure(launch, reference, e);
    }
    return inspect(launch.id())
        .orElseThrow(
            () ->
                new FailedPreconditionException(
                    "container " + id + " vanished right after its start"));
  }

  private ContainerdImages.ResolvedImage image(ImageReference reference) {
    ContainerdImages.ResolvedImage cached = resolved.get(reference.canonical());
    if (cached != null) {
      return cached;
    }
    ContainerdImages.ResolvedImage image = images.ensure(reference);
    resolved.put(reference.canonical(), image);
    return image;
  }

  /** Prepares the container's snapshot and its record under a lease, so neither is collected. */
  private List<Mount> createContainer(
      ContainerLaunch launch,
      ImageReference reference,
      ContainerdImages.ResolvedImage image,
      JsonObject spec) {
    String id = launch.id().value();
    String lease = containerd.createLease(createLease(id));
    try {
      List<Mount> mounts =
          ContainerdConnection.underLease(containerd.snapshots, lease)
              .prepare(
                  PrepareSnapshotRequest.newBuilder()
                      .setSnapshotter(settings.snapshotter())
                      .setKey(id)
                      .setParent(image.topSnapshot())
                      .build())
              .getMountsList();
      Container container =
          Container.newBuilder()
              .setId(id)
              .putLabels(TASK_LABEL, id)
              .putLabels(SERVICE_LABEL, launch.serviceName())
              .putLabels(STARTED_LABEL, Instant.now().toString())
              .setImage(reference.canonical())
              .setRuntime(Container.Runtime.newBuilder().setName(RUNC))
              .setSpec(
                  Any.newBuilder()
                      .setTypeUrl(SPEC_TYPE)
                      .setValue(ByteString.copyFromUtf8(spec.toString())))
              .setSnapshotter(settings.snapshotter())
              .setSnapshotKey(id)
              .build();
      ContainerdConnection.underLease(containerd.containers, lease)
          .create(CreateContainerRequest.newBuilder().setContainer(container).build());
      return mounts;
    } catch (StatusRuntimeException e) {
      removeSnapshot(id);
      throw ContainerdErrors.translate("creating container " + id, e);
    } finally {
      containerd.deleteLease(lease);
    }
  }

  private static String createLease(String containerId) {
    return "warren-create-" + containerId;
  }

  private static DomainException startFailure(
      ContainerLaunch launch, ImageReference reference, StatusRuntimeException e) {
    String said = ContainerdErrors.said(e);
    if (said.contains("executable file not found") || said.contains("no such file or directory")) {
      String command = launch.command().isEmpty() ? "the image's command" : launch.command().get(0);
      return new FailedPreconditionException(
          "command "
              + command
              + " not found in image "
              + reference
              + ": give a command the image contains ("
              + said
              + ")",
          e);
    }
    return ContainerdErrors.translate("starting container " + launch.id().value(), e);
  }

  private static List<OciSpec.Bind> writeSecrets(Path directory, List<SecretFile> secrets) {
    if (secrets.isEmpty()) {
      return List.of();
    }
    Path dir = directory.resolve("secrets");
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      List<OciSpec.Bind> binds = new ArrayList<>();
      for (SecretFile secret : secrets) {
        Path file = dir.resolve(secret.name());
        Files.deleteIfExists(file);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, secret.data().toArray());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        binds.add(new OciSpec.Bind(file.toString(), SECRETS_DIR + "/" + secret.name(), true));
      }
      return binds;
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "cannot write the container's secrets under " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public RuntimeContainer stop(TaskId id, Duration grace) {
    RuntimeContainer container =
        inspect(id)
            .orElseThrow(() -> new NotFoundException("container not found on this node: " + id));
    if (!container.running()) {
      return container;
    }
    String cid = id.value();
    try {
      kill(cid, "", SIGTERM, false);
      if (!awaitExit(cid, "", grace)) {
        reasons.put(id, KILLED_AFTER_TIMEOUT);
        kill(cid, "", SIGKILL, true);
        awaitExit(cid, "", Duration.ofSeconds(30));
      }
    } catch (StatusRuntimeException e) {
      if (!ContainerdErrors.isNotFound(e)) {
        throw ContainerdErrors.translate("stopping container " + cid, e);
      }
    }
    return inspect(id)
        .orElseThrow(() -> new NotFoundException("container not found on this node: " + id));
  }

  private void kill(String cid, String execId, int signal, boolean all) {
    containerd.tasks.kill(
        KillRequest.newBuilder()
            .setContainerId(cid)
            .setExecId(execId)
            .setSignal(signal)
            .setAll(all)
            .build());
  }

  /**
   * Waits up to {@code timeout} for the process to exit; its exit code, or empty at the timeout.
   */
  private OptionalInt waitFor(String cid, String execId, Duration timeout) {
    try {
      int status =
          containerd
              .tasks
              .withDeadlineAfter(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)
              .wait(WaitRequest.newBuilder().setContainerId(cid).setExecId(execId).build())
              .getExitStatus();
      return OptionalInt.of(status);
    } catch (StatusRuntimeException e) {
      if (ContainerdErrors.isDeadlineExceeded(e)) {
        return OptionalInt.empty();
      }
      throw e;
    }
  }

  private boolean awaitExit(String cid, String execId, Duration timeout) {
    return waitFor(cid, execId, timeout).isPresent();
  }

  @Override
  public Optional<RuntimeContainer> inspect(TaskId id) {
    try {
      Container container =
          containerd
              .containers
              .get(GetContainerRequest.newBuilder().setId(id.value()).build())
              .getContainer();
      return Optional.of(describe(container));
    } catch (StatusRuntimeException e) {
      if (ContainerdErrors.isNotFound(e)) {
        return Optional.empty();
      }
      throw ContainerdErrors.translate("inspecting container " + id.value(), e);
    }
  }

  private RuntimeContainer describe(Container container) {
    TaskId id = TaskId.of(container.getId());
    TaskExit exit = exits.get(id);
    if (exit != null) {
      return new RuntimeContainer(id, container.getId(), exited(id, exit.getExitStatus()));
    }
    try {
      Process task =
          containerd
              .tasks
              .get(GetRequest.newBuilder().setContainerId(container.getId()).build())
              .getProcess();
      RuntimeState state =
          task.getStatus() == Status.STOPPED
              ? exited(id, task.getExitStatus())
              : new RuntimeState.Running(startedAt(container));
      return new RuntimeContainer(id, container.getId(), state);
    } catch (StatusRuntimeException e) {
      if (!ContainerdErrors.isNotFound(e)) {
        throw ContainerdErrors.translate("inspecting the task of " + container.getId(), e);
      }
      return new RuntimeContainer(
          id,
          container.getId(),
          new RuntimeState.Exited(
              OptionalInt.empty(), "lost: containerd holds no task for it any more"));
    }
  }

  private RuntimeState.Exited exited(TaskId id, int code) {
    String reason = reasons.getOrDefault(id, "exited with code " + code);
    return new RuntimeState.Exited(OptionalInt.of(code), reason);
  }

  private static Instant startedAt(Container container) {
    String label = container.getLabelsOrDefault(STARTED_LABEL, "");
    try {
      return label.isEmpty() ? Instant.EPOCH : Instant.parse(label);
    } catch (java.time.format.DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  @Override
  public List<RuntimeContainer> list() {
    try {
      List<RuntimeContainer> containers = new ArrayList<>();
      for (Container container :
          containerd
              .containers
              .list(ListContainersRequest.getDefaultInstance())
              .getContainersList()) {
        if (container.containsLabels(TASK_LABEL)) {
          containers.add(describe(container));
        }
      }
      return containers;
    } catch (StatusRuntimeException e) {
      throw ContainerdErrors.translate("listing containers", e);
    }
  }

  @Override
  public List<String> tailLogs(TaskId id, int lines) {
    if (inspect(id).isEmpty()) {
      throw new NotFoundException("container not found on this node: " + id);
    }
    Path log = directoryOf(id).resolve("output.log");
    if (!Files.exists(log) || lines <= 0) {
      return List.of();
    }
    Deque<String> last = new ArrayDeque<>(Math.min(lines, 1024));
    try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
      all.forEach(
          line -> {
            if (last.size() == lines) {
              last.removeFirst();
            }
            last.addLast(line);
          });
    } catch (IOException | UncheckedIOException e) {
      throw new FailedPreconditionException(
          "cannot read the log of " + id + ": " + e.getMessage(), e);
    }
    return List.copyOf(last);
  }

  @Override
  public LogFollow followLogs(TaskId id, int tail, Consumer<String> lines) {
    if (inspect(id).isEmpty()) {
      throw new NotFoundException("container not found on this node: " + id);
    }
    return FileLogFollow.start(
        directoryOf(id).resolve("output.log"), tail, lines, "log-follow-" + id.value());
  }

  @Override
  public ExecResult exec(TaskId id, List<String> command, Duration timeout) {
    Container container;
    try {
      container =
          containerd
              .containers
              .get(GetContainerRequest.newBuilder().setId(id.value()).build())
              .getContainer();
    } catch (StatusRuntimeException e) {
      if (ContainerdErrors.isNotFound(e)) {
        throw new NotFoundException("no running container on this node: " + id);
      }
      throw ContainerdErrors.translate("running a command in " + id.value(), e);
    }
    if (!describe(container).running()) {
      throw new NotFoundException("no running container on this node: " + id);
    }
    JsonObject process =
        JsonParser.parseString(container.getSpec().getValue().toStringUtf8())
            .getAsJsonObject()
            .getAsJsonObject("process");
    var args = new com.google.gson.JsonArray();
    command.forEach(args::add);
    process.add("args", args);
    String execId = "exec-" + UUID.randomUUID().toString().substring(0, 8);
    Path output = directoryOf(id).resolve(execId + ".log");
    String cid = id.value();
    try {
      containerd.tasks.exec(
          ExecProcessRequest.newBuilder()
              .setContainerId(cid)
              .setExecId(execId)
              .setStdout("file://" + output)
              .setStderr("file://" + output)
              .setSpec(
                  Any.newBuilder()
                      .setTypeUrl(PROCESS_TYPE)
                      .setValue(ByteString.copyFromUtf8(process.toString())))
              .build());
      try {
        containerd.tasks.start(
            StartRequest.newBuilder().setContainerId(cid).setExecId(execId).build());
      } catch (StatusRuntimeException e) {
        return new ExecResult(127, ContainerdErrors.said(e));
      }
      OptionalInt code = waitFor(cid, execId, timeout);
      int exitCode;
      if (code.isPresent()) {
        exitCode = code.getAsInt();
      } else {
        kill(cid, execId, SIGKILL, false);
        waitFor(cid, execId, Duration.ofSeconds(10));
        exitCode = ExecResult.TIMED_OUT;
      }
      return new ExecResult(exitCode, readOutput(output));
    } catch (StatusRuntimeException e) {
      throw ContainerdErrors.translate("running a command in " + cid, e);
    } finally {
      try {
        containerd.tasks.deleteProcess(
            DeleteProcessRequest.newBuilder().setContainerId(cid).setExecId(execId).build());
      } catch (StatusRuntimeException e) {
        LOG.log(
            System.Logger.Level.DEBUG,
            "exec {0} of {1} left behind: {2}",
            execId,
            cid,
            e.getStatus());
      }
      try {
        Files.deleteIfExists(output);
      } catch (IOException e) {
        LOG.log(System.Logger.Level.DEBUG, "cannot delete {0}: {1}", output, e.getMessage());
      }
    }
  }

  private static String readOutput(Path output) {
    try {
      byte[] bytes = Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
      return new String(bytes, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void remove(TaskId id) {
    String cid = id.value();
    try {
      try {
        kill(cid, "", SIGKILL, true);
        waitFor(cid, "", Duration.ofSeconds(30));
      } catch (StatusRuntimeException e) {
        if (!ContainerdErrors.isNotFound(e)
            && e.getStatus().getCode() != Code.FAILED_PRECONDITION) {
          LOG.log(System.Logger.Level.DEBUG, "kill of {0} on remove: {1}", cid, e.getStatus());
        }
      }
      ignoringNotFound(
          () ->
              containerd.tasks.delete(DeleteTaskRequest.newBuilder().setContainerId(cid).build()));
      ignoringNotFound(
          () ->
              containerd.containers.delete(DeleteContainerRequest.newBuilder().setId(cid).build()));
      removeSnapshot(cid);
      // Left only when a worker died between preparing the snapshot and creating the record.
      containerd.deleteLease(createLease(cid));
    } catch (StatusRuntimeException e) {
      throw ContainerdErrors.translate("removing container " + cid, e);
    }
    exits.remove(id);
    reasons.remove(id);
    deleteTree(directoryOf(id));
  }

  private void removeSnapshot(String key) {
    ignoringNotFound(
        () ->
            containerd.snapshots.remove(
                RemoveSnapshotRequest.newBuilder()
                    .setSnapshotter(settings.snapshotter())
                    .setKey(key)
                    .build()));
  }

  private static void ignoringNotFound(Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException e) {
      if (!ContainerdErrors.isNotFound(e)) {
        throw e;
      }
    }
  }

  private Path directoryOf(TaskId id) {
    return settings.dataDir().resolve(id.value());
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot delete {0}: {1}", root, e.getMessage());
    }
  }

  /** Follows task exits of this namespace; resubscribes a second after the stream breaks. */
  private void subscribe() {
    if (closed) {
      return;
    }
    Context.CancellableContext context = Context.current().withCancellation();
    subscription = context;
    String filter = "topic==\"" + EXIT_TOPIC + "\",namespace==\"" + settings.namespace() + "\"";
    context.run(
        () ->
            containerd.events.subscribe(
                SubscribeRequest.newBuilder().addFilters(filter).build(),
                new StreamObserver<>() {
                  @Override
                  public void onNext(Envelope envelope) {
                    recordExit(envelope);
                  }

                  @Override
                  public void onError(Throwable t) {
                    if (!closed) {
                      LOG.log(
                          System.Logger.Level.DEBUG,
                          "containerd event stream broke ({0}); resubscribing",
                          t.toString());
                      resubscriber.schedule(
                          ContainerdRuntimeAdapter.this::subscribe, 1, TimeUnit.SECONDS);
                    }
                  }

                  @Override
                  public void onCompleted() {
                    onError(new IllegalStateException("stream ended"));
                  }
                }));
  }

  private void recordExit(Envelope envelope) {
    if (!envelope.getTopic().equals(EXIT_TOPIC)
        || !envelope.getEvent().getTypeUrl().endsWith("containerd.events.TaskExit")) {
      return;
    }
    try {
      TaskExit exit = TaskExit.parseFrom(envelope.getEvent().getValue());
      if (exit.getId().equals(exit.getContainerId()) && !exit.getContainerId().isEmpty()) {
        exits.put(TaskId.of(exit.getContainerId()), exit);
      }
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      LOG.log(System.Logger.Level.WARNING, "unreadable task exit event: {0}", e.getMessage());
    }
  }

  /** Drops the connection; containers keep running and a new adapter adopts them. */
  @Override
  public void close() {
    closed = true;
    Context.CancellableContext context = subscription;
    if (context != null) {
      context.cancel(null);
    }
    resubscriber.shutdownNow();
    containerd.close();
  }
}
