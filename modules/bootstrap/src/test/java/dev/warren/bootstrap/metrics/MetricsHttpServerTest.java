package dev.warren.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.config.TcpAddress;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsHttpServerTest {
  private final AtomicReference<Readiness> readiness =
      new AtomicReference<>(new Readiness.NotReady("no leader yet"));
  private final MetricsHttpServer server =
      MetricsHttpServer.start(new TcpAddress("127.0.0.1", 0), () -> "up 1\n", readiness::get);

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpProbe send(String method, String path) {
    return HttpProbe.send(method, "http://127.0.0.1:" + server.port() + path);
  }

  @Test
  void servesPrometheusTextOnMetrics() {
    HttpProbe response = send("GET", "/metrics");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("up 1\n");
    assertThat(response.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
  }

  @Test
  void healthAndLiveAnswerOkWhileRunning() {
    assertThat(send("GET", "/health").body()).isEqualTo("ok\n");
    assertThat(send("GET", "/live").status()).isEqualTo(200);
  }

  @Test
  void readyFollowsTheProbe() {
    HttpProbe notReady = send("GET", "/ready");
    readiness.set(new Readiness.Ready());
    HttpProbe ready = send("GET", "/ready");

    assertThat(notReady.status()).isEqualTo(503);
    assertThat(notReady.body()).isEqualTo("not ready: no leader yet\n");
    assertThat(ready.status()).isEqualTo(200);
  }

  @Test
  void unknownPathsAreNotFoundAndWritesAreRefused() {
    assertThat(send("GET", "/metricsx").status()).isEqualTo(404);
    assertThat(send("GET", "/").status()).isEqualTo(404);
    assertThat(send("POST", "/metrics").status()).isEqualTo(405);
    assertThat(send("HEAD", "/health").status()).isEqualTo(200);
  }

  @Test
  void closeReleasesThePort() {
    int port = server.port();
    server.close();

    MetricsHttpServer again =
        MetricsHttpServer.start(new TcpAddress("127.0.0.1", port), () -> "", readiness::get);
    again.close();
  }
}
