package dev.warren.benchmarks;

import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.PortMapping;
import dev.warren.adapters.grpc.proto.Service;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc.WarrenAPIBlockingStub;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent warren.v1 clients of one manager: each has its own connection (as separate CLI
 * processes or agents would) and calls with plain generated blocking stubs, so what is measured is
 * the server plus the wire, not a client library.
 */
final class ApiClients implements AutoCloseable {
  private static final long DEADLINE_SECONDS = 30;
  // 10,000 services are about 2 MB; gRPC's default limit on received messages is 4 MB.
  private static final int MAX_INBOUND_BYTES = 64 * 1024 * 1024;

  private final List<ManagedChannel> channels = new ArrayList<>();
  private final List<WarrenAPIBlockingStub> stubs = new ArrayList<>();

  ApiClients(int port, int count) {
    for (int i = 0; i < count; i++) {
      ManagedChannel channel =
          NettyChannelBuilder.forAddress("127.0.0.1", port)
              .usePlaintext()
              .maxInboundMessageSize(MAX_INBOUND_BYTES)
              .build();
      channels.add(channel);
      stubs.add(WarrenAPIGrpc.newBlockingStub(channel));
    }
  }

  int count() {
    return stubs.size();
  }

  /** Creates a service shaped like a small real one (3 replicas, env, one port); its id. */
  String createService(int client, String name) {
    var request =
        CreateServiceRequest.newBuilder()
            .setName(name)
            .setImage("registry.example/bench/web:1.27.3")
            .setReplicas(3)
            .putEnv("MODE", "production")
            .putEnv("LOG_LEVEL", "info")
            .addPorts(
                PortMapping.newBuilder()
                    .setName("http")
                    .setContainerPort(8080)
                    .setHostPort(0)
                    .setProtocol("tcp"))
            .build();
    return stub(client).createService(request).getService().getId();
  }

  Service getService(int client, String id) {
    return stub(client).getService(GetServiceRequest.newBuilder().setId(id).build()).getService();
  }

  int listServices(int client) {
    return stub(client).listServices(ListServicesRequest.getDefaultInstance()).getServicesCount();
  }

  private WarrenAPIBlockingStub stub(int client) {
    return stubs.get(client).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    channels.forEach(ManagedChannel::shutdown);
    try {
      for (ManagedChannel channel : channels) {
        if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
          channel.shutdownNow();
        }
      }
    } catch (InterruptedException interrupted) {
      channels.forEach(ManagedChannel::shutdownNow);
      Thread.currentThread().interrupt();
    }
  }
}
