package dev.warren.bootstrap.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.warren.cli.config.TcpAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The metrics port of a manager: {@code /metrics} (Prometheus text), {@code /health} and {@code
 * /live} (200 while the process runs) and {@code /ready} (200 when ready, else 503 with the
 * reason).
 *
 * <p>Threading: each request runs on its own virtual thread; {@code scrape} and {@code readiness}
 * must therefore be thread-safe. {@link #close} is idempotent.
 */
public final class MetricsHttpServer implements AutoCloseable {
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds {@code listen} (port 0 picks a free port) and starts serving.
   *
   * @param scrape renders every meter in the Prometheus text format
   * @param readiness answers {@code /ready}
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static MetricsHttpServer start(
      TcpAddress listen, Supplier<String> scrape, Supplier<Readiness> readiness) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(listen.host(), listen.port()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the metrics port " + listen, e);
    }
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext(
        "/metrics",
        exactly("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, scrape.get())));
    HttpHandler alive = exchange -> respond(exchange, 200, PLAIN_TEXT, "ok\n");
    server.createContext("/health", exactly("/health", alive));
    server.createContext("/live", exactly("/live", alive));
    server.createContext(
        "/ready",
        exactly(
            "/ready",
            exchange -> {
              switch (readiness.get()) {
                case Readiness.Ready ready -> respond(exchange, 200, PLAIN_TEXT, "ok\n");
                case Readiness.NotReady notReady ->
                    respond(exchange, 503, PLAIN_TEXT, "not ready: " + notReady.reason() + "\n");
              }
            }));
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            respond(exchange, 404, PLAIN_TEXT, "not found\n");
          }
        });
    server.start();
    return new MetricsHttpServer(server, executor);
  }

  /** The bound port (the real one when 0 was asked for). */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }

  /** Contexts match by prefix; this keeps {@code /metricsfoo} a 404 and allows only GET/HEAD. */
  private static HttpHandler exactly(String path, HttpHandler handler) {
    return exchange -> {
      try (exchange) {
        if (!exchange.getRequestURI().getPath().equals(path)) {
          respond(exchange, 404, PLAIN_TEXT, "not found\n");
        } else if (!exchange.getRequestMethod().equals("GET")
            && !exchange.getRequestMethod().equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          respond(exchange, 405, PLAIN_TEXT, "method not allowed\n");
        } else {
          handler.handle(exchange);
        }
      }
    };
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
