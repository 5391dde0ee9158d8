package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.client.GrpcLogCall;
import dev.warren.adapters.grpc.logs.proto.NodeLogsGrpc;
import dev.warren.adapters.grpc.logs.proto.StreamNodeLogsRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.adapters.grpc.tls.NodeServerTrustManager;
import dev.warren.adapters.grpc.tls.SslContexts;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.NodeLogsPort;
import dev.warren.tls.PemMaterial;
import dev.warren.tls.ReloadableKeyManager;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A manager's hop to the nodes that run containers: warren.logs.v1 {@code StreamNodeLogs} on the
 * address each node registered, over mutual TLS with the manager's own certificate. The node must
 * present a certificate of this cluster's CA issued to that very node (its CN); host names are not
 * checked, since nodes' certificates name no hosts. One channel per node address, kept until close.
 * Thread-safe.
 */
public final class GrpcNodeLogsAdapter implements NodeLogsPort, AutoCloseable {
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  private final ReloadableKeyManager keys;
  private final X509Certificate ca;
  private final ClusterId cluster;
  private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

  /**
   * @param keys the manager's own identity, reloaded in place when it renews
   * @throws InvalidSpecException if the CA's PEM text does not parse
   */
  public GrpcNodeLogsAdapter(
      ReloadableKeyManager keys, String caCertificatePem, ClusterId cluster) {
    this.keys = Checks.notNull("key manager", keys);
    this.ca = PemMaterial.certificates("CA certificate", caCertificatePem).getFirst();
    this.cluster = Checks.notNull("cluster id", cluster);
  }

  @Override
  public LogFollow stream(
      Node node, dev.warren.domain.port.in.StreamNodeLogsRequest request, LogSink sink) {
    String address = node.address();
    var call =
        new GrpcLogCall<StreamNodeLogsRequest>(sink, failure -> failureOf(node, request, failure));
    ManagedChannel channel;
    try {
      channel = channels.computeIfAbsent(node.id().value() + "@" + address, key -> open(node));
    } catch (InvalidSpecException badAddress) {
      sink.ended(
          Optional.of(
              new UnavailableException(
                  "cannot read the logs of container "
                      + request.container()
                      + " on node "
                      + node.id()
                      + ": "
                      + badAddress.getMessage())));
      return LogFollow.ended();
    }
    var stub = NodeLogsGrpc.newStub(channel);
    if (!request.follow()) {
      stub = stub.withDeadlineAfter(60, TimeUnit.SECONDS);
    }
    stub.streamNodeLogs(
        StreamNodeLogsRequest.newBuilder()
            .setContainerId(request.container().value())
            .setTail(request.tail().lines())
            .setFollow(request.follow())
            .build(),
        call);
    return call;
  }

  private ManagedChannel open(Node node) {
    String address = node.address();
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      throw new InvalidSpecException(
          "the node registered the address '"
              + address
              + "', which has no logs port (HOST:PORT); restart its worker with this version");
    }
    int port;
    try {
      port = Integer.parseInt(address.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new InvalidSpecException("the node's address '" + address + "' has no valid port");
    }
    String host = address.substring(0, colon).replace("[", "").replace("]", "");
    return NettyChannelBuilder.forAddress(host, port)
        .negotiationType(NegotiationType.TLS)
        .sslContext(
            SslContexts.client(
                keys,
                new NodeServerTrustManager(ca, cluster, node.id().value(), InstantSource.system())))
        .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
        .build();
  }

  private static RuntimeException failureOf(
      Node node,
      dev.warren.domain.port.in.StreamNodeLogsRequest request,
      StatusRuntimeException failure) {
    Status.Code code = failure.getStatus().getCode();
    if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
      String cause =
          failure.getCause() != null && failure.getCause().getMessage() != null
              ? failure.getCause().getMessage()
              : String.valueOf(failure.getStatus().getDescription());
      return new UnavailableException(
          "cannot reach node "
              + node.id()
              + " at "
              + node.address()
              + " to read the logs of container "
              + request.container()
              + " ("
              + cause
              + "); is its worker running? 'warren node ls' shows its status",
          failure);
    }
    return StatusMapper.toClientException(failure, "node " + node.id() + " at " + node.address());
  }

  @Override
  public void close() {
    channels.values().forEach(ManagedChannel::shutdownNow);
    channels.clear();
  }
}
