package dev.warren.adapters.probe;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.ExecResult;
import dev.warren.domain.port.out.HealthProbePort;
import dev.warren.domain.port.out.RuntimeContainer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * {@link HealthProbePort} with the JDK: HTTP GET and TCP connect to {@code 127.0.0.1} (containers
 * use the node's network), and commands through the container's runtime. HTTPS probes do not check
 * the certificate — a replica's certificate names the service, not 127.0.0.1 — as Docker's and
 * Kubernetes' probes do not either.
 */
public final class JdkHealthProbeAdapter implements HealthProbePort {
  private static final String HOST = "127.0.0.1";

  private final ContainerRuntimePort runtime;

  /** Made at the first HTTP probe: most workers never run one, and a client holds a thread. */
  private HttpClient http;

  /** Probes whose commands run through {@code runtime}. */
  public JdkHealthProbeAdapter(ContainerRuntimePort runtime) {
    this.runtime = runtime;
  }

  /** The HTTP client, made on first use. */
  synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .sslContext(InsecureTls.context())
              .build();
    }
    return http;
  }

  /** Whether an HTTP probe has run, so the HTTP client exists; for tests. */
  synchronized boolean httpClientMade() {
    return http != null;
  }

  @Override
  public ProbeResult probe(RuntimeContainer container, HealthProbe probe, Duration timeout) {
    return switch (probe) {
      case HealthProbe.Http check -> http(check, timeout);
      case HealthProbe.Tcp check -> tcp(check, timeout);
      case HealthProbe.Exec check -> exec(container, check, timeout);
    };
  }

  private ProbeResult http(HealthProbe.Http check, Duration timeout) {
    URI uri;
    try {
      uri = URI.create(check.scheme() + "://" + HOST + ":" + check.port() + check.path());
    } catch (IllegalArgumentException e) {
      return new ProbeResult(false, "bad probe path " + check.path());
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
    check.headers().forEach(header -> request.header(header.key(), header.value()));
    try {
      int status =
          http().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      boolean healthy = status >= check.statusCodeMin() && status <= check.statusCodeMax();
      return new ProbeResult(
          healthy,
          "GET "
              + check.path()
              + " answered "
              + status
              + (healthy
                  ? ""
                  : " (expected " + check.statusCodeMin() + "-" + check.statusCodeMax() + ")"));
    } catch (HttpTimeoutException e) {
      return new ProbeResult(
          false, "GET " + check.path() + " timed out after " + timeout.toMillis() + " ms");
    } catch (ConnectException e) {
      return new ProbeResult(false, "connection refused on port " + check.port());
    } catch (IOException | IllegalArgumentException e) {
      return new ProbeResult(
          false, "GET " + check.path() + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ProbeResult(false, "interrupted");
    }
  }

  private static ProbeResult tcp(HealthProbe.Tcp check, Duration timeout) {
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(HOST, check.port()), (int) Math.max(1, timeout.toMillis()));
      return new ProbeResult(true, "port " + check.port() + " accepts connections");
    } catch (SocketTimeoutException e) {
      return new ProbeResult(false, "connecting to port " + check.port() + " timed out");
    } catch (IOException e) {
      return new ProbeResult(false, "connection refused on port " + check.port());
    }
  }

  private ProbeResult exec(RuntimeContainer container, HealthProbe.Exec check, Duration timeout) {
    try {
      ExecResult result = runtime.exec(container.id(), check.command(), timeout);
      String output = result.output().lines().findFirst().orElse("");
      return new ProbeResult(
          result.succeeded(),
          result.exitCode() == ExecResult.TIMED_OUT
              ? "command timed out after " + timeout.toMillis() + " ms"
              : "command exited " + result.exitCode() + (output.isEmpty() ? "" : ": " + output));
    } catch (NotFoundException e) {
      return new ProbeResult(false, "the container is not running");
    }
  }
}
