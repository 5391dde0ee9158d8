package dev.warren.bootstrap.cli;

import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.config.ClientConfig;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Opens the gRPC client for the route {@link ManagerRoute#choose} picks. */
public final class ManagerConnections {
  private ManagerConnections() {}

  /**
   * A client of the manager {@code config} leads to. Connects lazily: an unreachable manager is
   * reported by the first call.
   *
   * @throws dev.warren.domain.error.UnauthenticatedException if there is neither a client
   *     certificate nor a socket (see {@link ManagerRoute#choose})
   */
  public static GrpcWarrenClient open(ClientConfig config) {
    return switch (ManagerRoute.choose(config)) {
      case ManagerRoute.MutualTls tls ->
          GrpcWarrenClient.over(
              tls.manager().toString(),
              config.deadline(),
              GrpcChannels.mutualTls(tls.manager().host(), tls.manager().port(), tls.identity()));
      case ManagerRoute.LocalSocket local ->
          GrpcWarrenClient.over(
              local.socket().toString(),
              config.deadline(),
              new ReadOnlyHintChannel(GrpcChannels.unixSocket(local.socket()), local.socket()));
    };
  }

  /** The message a write over the socket fails with: what happened and what to do instead. */
  static String readOnlyHint(Path socket, String serverMessage) {
    return "the local socket "
        + socket
        + " is read-only; to change the cluster, use a client certificate ('warren cluster login"
        + " --manager HOST:PORT --token TOKEN' with an admin token) ("
        + serverMessage
        + ")";
  }

  /**
   * The socket channel, with PERMISSION_DENIED answers reworded by {@link #readOnlyHint}: on the
   * socket every refusal is a write the socket may not make.
   */
  private static final class ReadOnlyHintChannel extends ManagedChannel {
    private final ManagedChannel delegate;
    private final Channel intercepted;

    ReadOnlyHintChannel(ManagedChannel delegate, Path socket) {
      this.delegate = delegate;
      this.intercepted = ClientInterceptors.intercept(delegate, new Hint(socket));
    }

    @Override
    public ManagedChannel shutdown() {
      delegate.shutdown();
      return this;
    }

    @Override
    public ManagedChannel shutdownNow() {
      delegate.shutdownNow();
      return this;
    }

    @Override
    public boolean isShutdown() {
      return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
      return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
      return delegate.awaitTermination(timeout, unit);
    }

    @Override
    public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
      return intercepted.newCall(method, options);
    }

    @Override
    public String authority() {
      return delegate.authority();
    }
  }

  private record Hint(Path socket) implements ClientInterceptor {
    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(
        MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
      return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
        @Override
        public void start(Listener<R> listener, Metadata headers) {
          super.start(
              new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                @Override
                public void onClose(Status status, Metadata trailers) {
                  Status reported =
                      status.getCode() == Status.Code.PERMISSION_DENIED
                          ? status.withDescription(readOnlyHint(socket, status.getDescription()))
                          : status;
                  super.onClose(reported, trailers);
                }
              },
              headers);
        }
      };
    }
  }
}
