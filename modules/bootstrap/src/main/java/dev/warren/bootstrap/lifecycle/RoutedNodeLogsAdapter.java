package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.grpc.GrpcNodeLogsAdapter;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.StreamNodeLogsRequest;
import dev.warren.domain.port.out.NodeLogsPort;
import dev.warren.tls.ReloadableKeyManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A manager's way to a container's node: its own embedded worker in-process ({@link #local()}), any
 * other node over that node's logs endpoint. The remote client needs the manager's certificate,
 * which exists only once the manager has started, so it is connected then.
 */
@Singleton
public final class RoutedNodeLogsAdapter implements NodeLogsPort {
  private final LocalNodeLogs local = new LocalNodeLogs();
  private volatile Optional<Connected> connected = Optional.empty();

  private record Connected(NodeId self, GrpcNodeLogsAdapter remote) {}

  @Inject
  public RoutedNodeLogsAdapter() {}

  /** This node's own containers' logs (its embedded worker's, once attached). */
  public LocalNodeLogs local() {
    return local;
  }

  /**
   * Reaches other nodes as {@code self}, presenting what {@code keys} holds, until the result is
   * closed.
   */
  public AutoCloseable connect(
      NodeId self, ReloadableKeyManager keys, String caCertificatePem, ClusterId cluster) {
    var client = new GrpcNodeLogsAdapter(keys, caCertificatePem, cluster);
    connected = Optional.of(new Connected(self, client));
    return () -> {
      connected = Optional.empty();
      client.close();
    };
  }

  @Override
  public LogFollow stream(Node node, StreamNodeLogsRequest request, LogSink sink) {
    Optional<Connected> now = connected;
    if (now.isEmpty()) {
      sink.ended(
          Optional.of(
              new UnavailableException("the manager is not serving yet; ask again in a moment")));
      return LogFollow.ended();
    }
    if (node.id().equals(now.get().self())) {
      return local.stream(request, sink);
    }
    return now.get().remote().stream(node, request, sink);
  }
}
