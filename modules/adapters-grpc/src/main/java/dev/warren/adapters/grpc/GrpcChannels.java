package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.tls.PinnedCaTrustManager;
import dev.warren.adapters.grpc.tls.SslContexts;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.tls.ClientTlsIdentity;
import dev.warren.tls.PemMaterial;
import dev.warren.tls.ReloadableKeyManager;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Client channels to a manager: mutual TLS with a cluster certificate, TLS pinned to a CA digest
 * (no client certificate; for RequestCertificate with a join token), or the local read-only unix
 * socket. TLS 1.3 only. Channels connect lazily; close them with {@code shutdown()}.
 */
public final class GrpcChannels {
  private static final int DIGEST_HEX_CHARS = 64;

  private GrpcChannels() {}

  /**
   * A channel presenting {@code identity}'s certificate and trusting servers whose certificate the
   * cluster CA issued for {@code host} (server certificates name 127.0.0.1, localhost and their
   * listen host).
   *
   * @throws InvalidSpecException if the PEM text does not parse
   */
  public static ManagedChannel mutualTls(String host, int port, ClientTlsIdentity identity) {
    return mutualTlsBuilder(host, port, identity).build();
  }

  /**
   * The builder behind {@link #mutualTls}, for a client that tunes its channel further (message
   * size, executor) and builds it itself.
   *
   * @throws InvalidSpecException if the PEM text does not parse
   */
  public static NettyChannelBuilder mutualTlsBuilder(
      String host, int port, ClientTlsIdentity identity) {
    Checks.notNull("client TLS identity", identity);
    var keyManager =
        ReloadableKeyManager.fromPem(identity.certificatePem(), identity.privateKeyPem());
    return mutualTlsBuilder(host, port, keyManager, identity.caCertificatePem());
  }

  /**
   * A channel presenting whatever certificate {@code keys} holds at each handshake (a node reloads
   * it when it renews its certificate) and trusting servers the CA in {@code caCertificatePem}
   * issued.
   *
   * @throws InvalidSpecException if the CA's PEM text does not parse
   */
  public static ManagedChannel mutualTls(
      String host, int port, ReloadableKeyManager keys, String caCertificatePem) {
    return mutualTlsBuilder(host, port, keys, caCertificatePem).build();
  }

  private static NettyChannelBuilder mutualTlsBuilder(
      String host, int port, ReloadableKeyManager keys, String caCertificatePem) {
    Checks.notNull("client key manager", keys);
    X509Certificate ca = PemMaterial.certificates("CA certificate", caCertificatePem).getFirst();
    return NettyChannelBuilder.forAddress(host, port)
        .negotiationType(NegotiationType.TLS)
        .sslContext(SslContexts.client(keys, ca));
  }

  /**
   * A channel without client certificate that trusts the server only if its chain holds the CA
   * whose SHA-256 digest (of the DER certificate, hex) is {@code caSha256Digest}, as a join token
   * carries it.
   *
   * @throws InvalidSpecException if the digest is not 64 hex digits
   */
  public static ManagedChannel pinnedCa(String host, int port, String caSha256Digest) {
    Checks.notNull("CA digest", caSha256Digest);
    if (caSha256Digest.length() != DIGEST_HEX_CHARS || !isHex(caSha256Digest)) {
      throw new InvalidSpecException(
          "CA digest '" + caSha256Digest + "' is invalid: expected 64 hex digits (SHA-256)");
    }
    return NettyChannelBuilder.forAddress(host, port)
        .negotiationType(NegotiationType.TLS)
        .sslContext(
            SslContexts.client(new PinnedCaTrustManager(caSha256Digest, InstantSource.system())))
        .build();
  }

  /**
   * A channel to the read-only unix socket at {@code socket}.
   *
   * @throws FailedPreconditionException if native epoll (Linux) is not available
   */
  public static ManagedChannel unixSocket(Path socket) {
    Checks.notNull("socket path", socket);
    requireEpoll("cannot use the unix socket " + socket + ": native epoll is not available");
    // Daemon threads: a channel left open must not keep the process alive.
    EventLoopGroup group = new EpollEventLoopGroup(1, new DefaultThreadFactory("warren-uds", true));
    ManagedChannel channel =
        NettyChannelBuilder.forAddress(new DomainSocketAddress(socket.toString()))
            .channelType(EpollDomainSocketChannel.class)
            .eventLoopGroup(group)
            .usePlaintext()
            .build();
    return new GroupOwningChannel(channel, group);
  }

  private static boolean isHex(String text) {
    try {
      HexFormat.of().parseHex(text);
      return true;
    } catch (IllegalArgumentException notHex) {
      return false;
    }
  }

  /** A channel that shuts its own event loop down once it has terminated. */
  private static final class GroupOwningChannel extends ManagedChannel {
    private final ManagedChannel delegate;
    private final EventLoopGroup group;

    GroupOwningChannel(ManagedChannel delegate, EventLoopGroup group) {
      this.delegate = delegate;
      this.group = group;
    }

    @Override
    public ManagedChannel shutdown() {
      // Calls in flight may still finish: the event loop goes in awaitTermination or shutdownNow.
      delegate.shutdown();
      return this;
    }

    @Override
    public ManagedChannel shutdownNow() {
      delegate.shutdownNow();
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
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
      boolean terminated = delegate.awaitTermination(timeout, unit);
      if (terminated) {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      }
      return terminated;
    }

    @Override
    public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
      return delegate.newCall(method, options);
    }

    @Override
    public String authority() {
      return delegate.authority();
    }
  }

  /**
   * Unix sockets need native epoll (Linux).
   *
   * @throws FailedPreconditionException saying {@code refusal} and why epoll is missing
   */
  static void requireEpoll(String refusal) {
    if (!Epoll.isAvailable()) {
      throw new FailedPreconditionException(refusal + " (" + Epoll.unavailabilityCause() + ")");
    }
  }
}
