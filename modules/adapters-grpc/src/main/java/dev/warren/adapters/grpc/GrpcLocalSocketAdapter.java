package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.guard.MalformedRequestGuard;
import dev.warren.adapters.grpc.guard.RejectionLog;
import dev.warren.adapters.grpc.interceptor.FixedCallerInterceptor;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The read-only API on a local unix socket (file mode 0660, so the owner and its group decide who
 * may connect). The same WarrenAPI endpoint as the TCP listener, but every call's caller is {@link
 * Caller.LocalReader}: reads work, writes are refused with PERMISSION_DENIED, secret data and
 * private keys are never answered. Linux only (native epoll).
 *
 * <p>Lifecycle: {@link #start()} once, then {@link #close()}; thread-safe, close is idempotent and
 * deletes the socket file.
 */
public final class GrpcLocalSocketAdapter implements AutoCloseable {
  private static final Duration SHUTDOWN = Duration.ofSeconds(5);

  private final Path socket;
  private final WarrenApi api;
  private final MeterRegistry registry;
  private final Object lock = new Object();
  private Server server;
  private ApiService service;
  private EventLoopGroup eventLoop;
  private ExecutorService executor;
  private boolean closed;

  /**
   * @param socket where the socket file goes (e.g. under the data directory)
   */
  public GrpcLocalSocketAdapter(Path socket, WarrenApi api, MeterRegistry registry) {
    this.socket = Checks.notNull("socket path", socket).toAbsolutePath();
    this.api = Checks.notNull("warren API", api);
    this.registry = Checks.notNull("meter registry", registry);
  }

  /**
   * Removes a stale socket file left by a crash, binds the socket and sets its mode to 0660.
   *
   * @throws FailedPreconditionException if epoll is unavailable, the path holds something other
   *     than a socket, or binding fails
   * @throws IllegalStateException if already started or closed
   */
  public void start() {
    synchronized (lock) {
      if (server != null || closed) {
        throw new IllegalStateException("the local socket server can be started only once");
      }
      GrpcChannels.requireEpoll(
          "cannot serve the read-only unix socket "
              + socket
              + ": native epoll is not available on this system");
      removeStaleSocket();
      ApiService built =
          ApiService.build(api, registry, new FixedCallerInterceptor(new Caller.LocalReader()));
      EventLoopGroup group =
          new EpollEventLoopGroup(1, new DefaultThreadFactory("warren-local-socket", true));
      ExecutorService callExecutor = Executors.newVirtualThreadPerTaskExecutor();
      Server bound =
          NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()))
              .channelType(EpollServerDomainSocketChannel.class)
              .bossEventLoopGroup(group)
              .workerEventLoopGroup(group)
              .executor(callExecutor)
              .addServices(
                  built.definitions().stream()
                      .map(
                          definition -> MalformedRequestGuard.guard(definition, new RejectionLog()))
                      .toList())
              .build();
      try {
        bound.start();
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
      } catch (IOException | RuntimeException failure) {
        bound.shutdownNow();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        callExecutor.close();
        throw new FailedPreconditionException(
            "cannot serve the read-only unix socket " + socket + ": " + failure.getMessage(),
            failure);
      }
      server = bound;
      service = built;
      eventLoop = group;
      executor = callExecutor;
    }
  }

  /** The socket file's path. */
  public Path socket() {
    return socket;
  }

  /** Ends streams, stops the server within five seconds and deletes the socket file. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (server == null) {
        return;
      }
      service.streams().endAll("the manager is shutting down");
      GracefulStop.stop(
          server::shutdown, server::awaitTermination, server::shutdownNow, SHUTDOWN, Duration.ZERO);
      eventLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      executor.shutdownNow();
      try {
        Files.deleteIfExists(socket);
      } catch (IOException failure) {
        throw new UncheckedIOException("cannot delete the socket file " + socket, failure);
      }
    }
  }

  private void removeStaleSocket() {
    if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS)
        || Files.isDirectory(socket, LinkOption.NOFOLLOW_LINKS)
        || Files.isSymbolicLink(socket)) {
      throw new FailedPreconditionException(
          "cannot serve the unix socket at "
              + socket
              + ": something other than a socket is there;"
              + " move it away or choose another path");
    }
    try {
      Files.delete(socket);
    } catch (IOException failure) {
      throw new FailedPreconditionException(
          "cannot remove the stale socket file " + socket + ": " + failure.getMessage(), failure);
    }
  }
}
