package dev.warren.adapters.runtime.containerd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.warren.adapters.runtime.containerd.proto.snapshots.StatSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.tasks.GetRequest;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.SecretFile;
import dev.warren.testkit.ShellRuntimePortContract;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime contract, and what only containerd has, against a real containerd and real registries
 * (started by {@code tools/ci/containerd-env.sh}).
 */
class ContainerdRuntimeAdapterIT extends ShellRuntimePortContract {
  /** Images live per namespace: a fresh one per run makes every run pull for real. */
  private static final String NAMESPACE =
      "warren-it-" + UUID.randomUUID().toString().substring(0, 8);

  /** Checked once for the class, so without a containerd no test (and no clean-up) runs. */
  private static ContainerdTestEnvironment environment;

  @TempDir Path root;

  private final List<PullProgress> progress = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void requireContainerd() {
    environment = ContainerdTestEnvironment.require();
  }

  private ContainerdSettings settings() {
    return ContainerdSettings.of(environment.socket(), root.resolve("containers"))
        .withNamespace(NAMESPACE)
        .withRegistryConfig(root.resolve("docker-config.json"))
        .withPullProgress(progress::add);
  }

  @Override
  protected ContainerRuntimePort open() {
    return ContainerdRuntimeAdapter.open(settings());
  }

  @Override
  protected void close(ContainerRuntimePort runtime) {
    ((ContainerdRuntimeAdapter) runtime).close();
  }

  @Override
  protected String image() {
    return environment.image();
  }

  @Override
  protected String foreignImage() {
    return "process://";
  }

  /** PID 1 of a namespace gets no default signal handling: the trap makes SIGTERM end it. */
  @Override
  protected List<String> printsTicks() {
    return List.of(
        "sh",
        "-c",
        "trap 'exit 0' TERM; i=0; while true; do i=$((i+1)); echo \"tick $i\"; sleep 0.05; done");
  }

  @Override
  protected List<String> printsThenRuns(String line) {
    return List.of("sh", "-c", "trap 'exit 0' TERM; echo \"$0\"; sleep 300 & wait", line);
  }

  @Override
  protected List<String> printsVariableThenRuns(String name) {
    // The test image's busybox has no printenv applet.
    return List.of(
        "sh", "-c", "trap 'exit 0' TERM; eval echo \\\"\\$$0\\\"; sleep 300 & wait", name);
  }

  @Override
  protected List<String> printsSecretThenRuns(String name) {
    return List.of(
        "sh",
        "-c",
        "trap 'exit 0' TERM; cat \""
            + ContainerdRuntimeAdapter.SECRETS_DIR
            + "/$0\"; echo; sleep 300 & wait",
        name);
  }

  @Override
  protected List<String> writesToVolumeThenRuns(
      String volume, String target, String file, String text) {
    return List.of(
        "sh",
        "-c",
        "trap 'exit 0' TERM; echo \"$1\" > \"$2/$0\"; sleep 300 & wait",
        file,
        text,
        target);
  }

  private static ContainerLaunch launchWith(
      String image, List<String> command, Resources resources, List<SecretFile> secrets) {
    return new ContainerLaunch(
        TaskId.random(),
        "web",
        0,
        image,
        command,
        Map.of(),
        resources,
        Duration.ofSeconds(5),
        secrets,
        List.of());
  }

  @Test
  void anImageIndexIsResolvedToItsLinuxAmd64ManifestAndThePullIsReported() {
    RuntimeContainer started =
        runtime.start(launch(environment.imageInIndex(), printsThenRuns("from the index")));

    await(() -> runtime.tailLogs(started.id(), 5).contains("from the index"));
    assertThat(progress)
        .extracting(PullProgress::what)
        .contains("config", "layer", "manifest", "index");
    assertThat(progress)
        .allSatisfy(step -> assertThat(step.image()).isEqualTo(environment.imageInIndex()));
  }

  @Test
  void theImagesEnvironmentIsMergedUnderTheServicesAndItsCommandIsTheDefault() {
    RuntimeContainer started =
        runtime.start(
            launch(
                image(),
                List.of(
                    "sh",
                    "-c",
                    "trap 'exit 0' TERM; echo \"$IMAGE_GREETING/$ROLE/$PATH/$(pwd)\"; sleep 300 & wait"),
                Map.of("ROLE", "primary")));

    await(() -> runtime.tailLogs(started.id(), 5).contains("from-image/primary//bin//"));
  }

  @Test
  void aRegistryThatAsksForCredentialsIsAnsweredFromTheDockerConfig() throws IOException {
    assumeThat(environment.authRegistry()).as("a registry with htpasswd").isNotEmpty();
    String image = environment.authRegistry() + "/busybox:1";

    assertThatThrownBy(() -> runtime.start(launch(image, printsThenRuns("x"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("asks for credentials")
        .hasMessageContaining("docker login " + environment.authRegistry());
    writeDockerConfig(environment.authUser(), "wrong-password");
    assertThatThrownBy(() -> runtime.start(launch(image, printsThenRuns("x"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("refused the credentials");
    writeDockerConfig(environment.authUser(), environment.authPassword());

    RuntimeContainer started = runtime.start(launch(image, printsThenRuns("with credentials")));

    await(() -> runtime.tailLogs(started.id(), 5).contains("with credentials"));
  }

  private void writeDockerConfig(String user, String password) throws IOException {
    String auth =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        root.resolve("docker-config.json"),
        "{\"auths\":{\"" + environment.authRegistry() + "\":{\"auth\":\"" + auth + "\"}}}");
  }

  @Test
  void anImageTheRegistryDoesNotHaveFailsTheStartWithWhatToDo() {
    String missing = environment.registry() + "/busybox:no-such-tag";

    assertThatThrownBy(() -> runtime.start(launch(missing, printsThenRuns("x"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("not found")
        .hasMessageContaining("check the image name and tag");
    assertThat(runtime.list()).isEmpty();
  }

  @Test
  void theContainerSharesTheHostsNetwork() throws Exception {
    int port;
    try (var probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Files.createDirectories(root.resolve("www"));
    Files.writeString(root.resolve("www/index.html"), "served from a container");
    var launch =
        new ContainerLaunch(
            TaskId.random(),
            "www",
            0,
            image(),
            List.of("httpd", "-f", "-p", "127.0.0.1:" + port, "-h", "/www"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(5),
            List.of(),
            List.of(
                new dev.warren.domain.port.out.VolumeBinding(
                    "www", root.resolve("www").toString(), "/www", true)));

    runtime.start(launch);

    HttpClient http = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + port + "/index.html");
    await(() -> bodyOf(http, uri).equals("served from a container"));
  }

  private static String bodyOf(HttpClient http, URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  @Test
  void secretsAreReadOnlyFilesOfTheContainerAloneAndGoWithIt() throws IOException {
    var secret = new SecretFile("api-key", Bytes.of("k3y".getBytes(StandardCharsets.UTF_8)));
    RuntimeContainer started =
        runtime.start(
            launchWith(
                image(),
                List.of(
                    "sh",
                    "-c",
                    "trap 'exit 0' TERM; (echo x > /run/secrets/api-key) 2>/dev/null && echo"
                        + " writable || echo read-only; sleep 300 & wait"),
                Resources.UNLIMITED,
                List.of(secret)));
    Path secrets = root.resolve("containers").resolve(started.id().value()).resolve("secrets");

    await(() -> runtime.tailLogs(started.id(), 5).contains("read-only"));
    assertThat(Files.getPosixFilePermissions(secrets))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(secrets.resolve("api-key")))
        .isEqualTo(PosixFilePermissions.fromString("r--------"));
    assertThat(Files.readString(secrets.resolve("api-key"))).isEqualTo("k3y");

    runtime.remove(started.id());

    assertThat(secrets).doesNotExist();
  }

  @Test
  void memoryAndCpuLimitsReachTheContainersCgroup() throws IOException {
    Path memoryRoot = Path.of("/sys/fs/cgroup/memory");
    assumeThat(Files.isDirectory(memoryRoot)).as("cgroup v1 memory hierarchy").isTrue();
    RuntimeContainer started =
        runtime.start(
            launchWith(
                image(),
                printsThenRuns("limited"),
                new Resources(512, 64L * 1024 * 1024, 0),
                List.of()));
    Path memory = memoryRoot.resolve(NAMESPACE).resolve(started.id().value());

    assertThat(Files.readString(memory.resolve("memory.limit_in_bytes")).strip())
        .isEqualTo(Long.toString(64L * 1024 * 1024));
    assertThat(
            Files.readString(
                    Path.of("/sys/fs/cgroup/cpu", NAMESPACE, started.id().value(), "cpu.shares"))
                .strip())
        .isEqualTo("512");
  }

  @Test
  void removeLeavesNoTaskContainerOrSnapshotBehind() {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("to clean")));
    String id = started.id().value();

    runtime.remove(started.id());

    try (var containerd = ContainerdConnection.open(environment.socket(), NAMESPACE)) {
      assertThat(
              codeOf(
                  () -> containerd.tasks.get(GetRequest.newBuilder().setContainerId(id).build())))
          .isEqualTo(Status.Code.NOT_FOUND);
      assertThat(
              codeOf(
                  () ->
                      containerd.snapshots.stat(
                          StatSnapshotRequest.newBuilder()
                              .setSnapshotter("overlayfs")
                              .setKey(id)
                              .build())))
          .isEqualTo(Status.Code.NOT_FOUND);
    }
    assertThat(runtime.inspect(started.id())).isEmpty();
    assertThat(root.resolve("containers").resolve(id)).doesNotExist();
  }

  private static Status.Code codeOf(Runnable call) {
    try {
      call.run();
      return Status.Code.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode();
    }
  }

  @Test
  void aStartAfterAnImageWasPulledNeedsNoRegistry() {
    runtime.start(launch(image(), printsThenRuns("first")));
    progress.clear();

    RuntimeContainer second = runtime.start(launch(image(), printsThenRuns("second")));

    await(() -> runtime.tailLogs(second.id(), 5).contains("second"));
    assertThat(progress).isEmpty();
  }
}
