package dev.warren.adapters.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.testkit.InMemoryContainerRuntimeAdapter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP and TCP listeners on 127.0.0.1, and commands through the in-memory runtime. */
class JdkHealthProbeAdapterIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final InMemoryContainerRuntimeAdapter runtime = InMemoryContainerRuntimeAdapter.fresh();
  private final JdkHealthProbeAdapter probes = new JdkHealthProbeAdapter(runtime);
  private ServerSocket server;
  private RuntimeContainer container;

  @BeforeEach
  void aServerAndAContainer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::answerHttp);
    container =
        runtime.start(
            new ContainerLaunch(
                TaskId.random(),
                "web",
                0,
                InMemoryContainerRuntimeAdapter.IMAGE,
                List.of("run"),
                Map.of(),
                Resources.UNLIMITED,
                Duration.ofSeconds(1),
                List.of(),
                List.of()));
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  /** Just enough HTTP/1.1: GET /healthz is 204, anything else 503. */
  private void answerHttp() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        var in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        String requestLine = in.readLine();
        while (in.readLine() instanceof String header && !header.isEmpty()) {
          // headers are not needed
        }
        String status =
            requestLine != null && requestLine.startsWith("GET /healthz ")
                ? "204 No Content"
                : "503 Service Unavailable";
        client
            .getOutputStream()
            .write(
                ("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        // closed: the test is over
      }
    }
  }

  private static HealthProbe.Http get(String path, int port) {
    return new HealthProbe.Http(path, port, "http", List.of(), 200, 299);
  }

  @Test
  void anHttpProbeIsHealthyWithinTheStatusRangeAndSaysWhatItGotOtherwise() {
    int port = server.getLocalPort();

    ProbeResult healthy = probes.probe(container, get("/healthz", port), TIMEOUT);
    ProbeResult broken = probes.probe(container, get("/broken", port), TIMEOUT);

    assertThat(healthy).isEqualTo(new ProbeResult(true, "GET /healthz answered 204"));
    assertThat(broken)
        .isEqualTo(new ProbeResult(false, "GET /broken answered 503 (expected 200-299)"));
  }

  @Test
  void aProbeOfAClosedPortIsUnhealthyNotAnError() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }

    assertThat(probes.probe(container, get("/healthz", closed), TIMEOUT))
        .isEqualTo(new ProbeResult(false, "connection refused on port " + closed));
    assertThat(probes.probe(container, new HealthProbe.Tcp(closed), TIMEOUT))
        .isEqualTo(new ProbeResult(false, "connection refused on port " + closed));
  }

  @Test
  void theHttpClientIsMadeOnlyByTheFirstHttpProbe() {
    int port = server.getLocalPort();
    probes.probe(container, new HealthProbe.Tcp(port), TIMEOUT);
    probes.probe(container, new HealthProbe.Exec(List.of("exit", "0")), TIMEOUT);
    assertThat(probes.httpClientMade()).isFalse();

    assertThat(probes.probe(container, get("/healthz", port), TIMEOUT).healthy()).isTrue();
    assertThat(probes.httpClientMade()).isTrue();
  }

  @Test
  void aTcpProbeIsHealthyWhenThePortAccepts() {
    int port = server.getLocalPort();

    assertThat(probes.probe(container, new HealthProbe.Tcp(port), TIMEOUT).healthy()).isTrue();
  }

  @Test
  void aCommandProbeRunsInTheContainerAndReportsItsExitCode() {
    assertThat(probes.probe(container, new HealthProbe.Exec(List.of("exit", "0")), TIMEOUT))
        .isEqualTo(new ProbeResult(true, "command exited 0"));
    assertThat(probes.probe(container, new HealthProbe.Exec(List.of("exit", "1")), TIMEOUT))
        .isEqualTo(new ProbeResult(false, "command exited 1"));
    runtime.exit(container.id(), 0);
    assertThat(probes.probe(container, new HealthProbe.Exec(List.of("exit", "0")), TIMEOUT))
        .isEqualTo(new ProbeResult(false, "the container is not running"));
  }
}
