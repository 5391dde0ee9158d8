package dev.warren.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.config.HostPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsHttpServerTest {
  private final AtomicReference<Readiness> readiness =
      new AtomicReference<>(new Readiness.NotReady("no leader yet"));
  private final MetricsHttpServer server =
      MetricsHttpServer.start(
          new HostPort("127.0.0.1", 0), () -> "up 1\n", readiness::get);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
    http.close();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesPrometheusTextOnMetrics() throws Exception {
    HttpResponse<String> response = send("GET", "/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("up 1\n");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
  }

  @Test
  void healthAndLiveAnswerOkWhileRunning() throws Exception {
    assertThat(send("GET", "/health").body()).isEqualTo("ok\n");
    assertThat(send("GET", "/live").statusCode()).isEqualTo(200);
  }

  @Test
  void readyFollowsTheProbe() throws Exception {
    HttpResponse<String> notReady = send("GET", "/ready");
    readiness.set(new Readiness.Ready());
    HttpResponse<String> ready = send("GET", "/ready");

    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.body()).isEqualTo("not ready: no leader yet\n");
    assertThat(ready.statusCode()).isEqualTo(200);
  }

  @Test
  void unknownPathsAreNotFoundAndWritesAreRefused() throws Exception {
    assertThat(send("GET", "/metricsx").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/").statusCode()).isEqualTo(404);
    assertThat(send("POST", "/metrics").statusCode()).isEqualTo(405);
    assertThat(send("HEAD", "/health").statusCode()).isEqualTo(200);
  }
}
