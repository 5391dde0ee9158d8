package dev.warren.adapters.runtime.containerd;

import dev.warren.adapters.runtime.containerd.proto.containers.ContainersGrpc;
import dev.warren.adapters.runtime.containerd.proto.content.ContentGrpc;
import dev.warren.adapters.runtime.containerd.proto.diff.DiffGrpc;
import dev.warren.adapters.runtime.containerd.proto.events.EventsGrpc;
import dev.warren.adapters.runtime.containerd.proto.images.ImagesGrpc;
import dev.warren.adapters.runtime.containerd.proto.leases.CreateRequest;
import dev.warren.adapters.runtime.containerd.proto.leases.DeleteRequest;
import dev.warren.adapters.runtime.containerd.proto.leases.LeasesGrpc;
import dev.warren.adapters.runtime.containerd.proto.snapshots.SnapshotsGrpc;
import dev.warren.adapters.runtime.containerd.proto.tasks.TasksGrpc;
import dev.warren.adapters.runtime.containerd.proto.version.VersionGrpc;
import dev.warren.domain.error.UnavailableException;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One gRPC channel to containerd's unix socket, with stubs that name Warren's namespace on every
 * call.
 */
final class ContainerdConnection implements AutoCloseable {
  private static final Metadata.Key<String> NAMESPACE_HEADER =
      Metadata.Key.of("containerd-namespace", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> LEASE_HEADER =
      Metadata.Key.of("containerd-lease", Metadata.ASCII_STRING_MARSHALLER);

  /** containerd sends and accepts messages of up to 16 MiB. */
  private static final int MAX_MESSAGE_BYTES = 16 << 20;

  private final ManagedChannel channel;
  private final EpollEventLoopGroup loop;
  private final ClientInterceptor namespace;
  final ContainersGrpc.ContainersBlockingStub containers;
  final ContentGrpc.ContentBlockingStub content;
  final ContentGrpc.ContentStub contentAsync;
  final ImagesGrpc.ImagesBlockingStub images;
  final SnapshotsGrpc.SnapshotsBlockingStub snapshots;
  final DiffGrpc.DiffBlockingStub diff;
  final LeasesGrpc.LeasesBlockingStub leases;
  final TasksGrpc.TasksBlockingStub tasks;
  final EventsGrpc.EventsStub events;

  private ContainerdConnection(Path socket, String namespaceName) {
    this.loop = new EpollEventLoopGroup(1);
    this.channel =
        NettyChannelBuilder.forAddress(new DomainSocketAddress(socket.toString()))
            .eventLoopGroup(loop)
            .channelType(EpollDomainSocketChannel.class)
            .usePlaintext()
            .maxInboundMessageSize(MAX_MESSAGE_BYTES)
            .build();
    Metadata headers = new Metadata();
    headers.put(NAMESPACE_HEADER, namespaceName);
    this.namespace = MetadataUtils.newAttachHeadersInterceptor(headers);
    this.containers = scoped(ContainersGrpc.newBlockingStub(channel));
    this.content = scoped(ContentGrpc.newBlockingStub(channel));
    this.contentAsync = scoped(ContentGrpc.newStub(channel));
    this.images = scoped(ImagesGrpc.newBlockingStub(channel));
    this.snapshots = scoped(SnapshotsGrpc.newBlockingStub(channel));
    this.diff = scoped(DiffGrpc.newBlockingStub(channel));
    this.leases = scoped(LeasesGrpc.newBlockingStub(channel));
    this.tasks = scoped(TasksGrpc.newBlockingStub(channel));
    this.events = EventsGrpc.newStub(channel);
  }

  /**
   * Connects and asks containerd for its version, so a wrong socket fails here and not at the first
   * container.
   */
  static ContainerdConnection open(Path socket, String namespace) {
    if (!Files.exists(socket)) {
      throw new UnavailableException(
          "containerd socket "
              + socket
              + " does not exist: start containerd or pass the right --containerd-socket");
    }
    var connection = new ContainerdConnection(socket, namespace);
    try {
      VersionGrpc.newBlockingStub(connection.channel)
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .version(com.google.protobuf.Empty.getDefaultInstance());
      return connection;
    } catch (StatusRuntimeException e) {
      connection.close();
      throw new UnavailableException(
          "containerd does not answer on "
              + socket
              + " ("
              + e.getStatus()
              + "); check that it runs and that this process may use the socket (root)",
          e);
    }
  }

  private <S extends AbstractStub<S>> S scoped(S stub) {
    return stub.withInterceptors(namespace);
  }

  /** {@code stub} with every call attached to lease {@code id}. */
  static <S extends AbstractStub<S>> S underLease(S stub, String id) {
    Metadata headers = new Metadata();
    headers.put(LEASE_HEADER, id);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  /**
   * Creates lease {@code id} that containerd's garbage collector drops by itself after an hour,
   * should this process die before deleting it.
   */
  String createLease(String id) {
    leases.create(
        CreateRequest.newBuilder()
            .setId(id)
            .putLabels("containerd.io/gc.expire", Instant.now().plusSeconds(3600).toString())
            .build());
    return id;
  }

  /** Deletes lease {@code id}; one already gone is fine. */
  void deleteLease(String id) {
    try {
      leases.delete(DeleteRequest.newBuilder().setId(id).build());
    } catch (StatusRuntimeException e) {
      if (!ContainerdErrors.isNotFound(e)) {
        throw e;
      }
    }
  }

  @Override
  public void close() {
    channel.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
  }
}
