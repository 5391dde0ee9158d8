package dev.warren.benchmarks;

import com.google.common.util.concurrent.ListenableFuture;
import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.PortMapping;
import dev.warren.adapters.grpc.proto.Service;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc.WarrenAPIFutureStub;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.ManagedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Independent warren.v1 clients of one manager: each has its own connection (as separate CLI
 * processes or agents would) and calls with plain generated stubs, so what is measured is the
 * server plus the wire, not a client library.
 *
 * <p>The caller waits for each answer at most {@value #DEADLINE_SECONDS} s and then cancels the
 * call, instead of giving gRPC a deadline: a deadline travels as a {@code grpc-timeout} header
 * whose value differs on every call, and on a long-lived connection each new value goes through the
 * HPACK encoder's dynamic table (insert, evict, compare on lookup). That cost about 8 % of the
 * benchmark's CPU per GetService, all of it in the load generator, which shares the cores with the
 * manager measured. A CLI process opens a fresh connection per command and does not see it.
 */
final class ApiClients implements AutoCloseable {
  private static final long DEADLINE_SECONDS = 30;
  // 10,000 services are about 2 MB; gRPC's default limit on received messages is 4 MB.
  private static final int MAX_INBOUND_BYTES = 64 * 1024 * 1024;

  private final List<ManagedChannel> channels = new ArrayList<>();
  private final List<WarrenAPIFutureStub> stubs = new ArrayList<>();

  /** {@code count} clients over mutual TLS, each presenting {@code identity}. */
  ApiClients(int port, int count, ClientTlsIdentity identity) {
    for (int i = 0; i < count; i++) {
      ManagedChannel channel =
          GrpcChannels.mutualTlsBuilder("127.0.0.1", port, identity)
              .maxInboundMessageSize(MAX_INBOUND_BYTES)
              // The answer completes the caller's future on the connection's event loop; the
              // caller waits for it anyway, so a hand-off to another thread would only add work.
              .directExecutor()
              .build();
      channels.add(channel);
      stubs.add(WarrenAPIGrpc.newFutureStub(channel));
    }
  }

  int count() {
    return stubs.size();
  }

  /** Creates a service shaped like a small real one (3 replicas, env, one port); its id. */
  String createService(int client, String name) throws Exception {
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
    return await(stubs.get(client).createService(request)).getService().getId();
  }

  Service getService(int client, String id) throws Exception {
    return await(stubs.get(client).getService(GetServiceRequest.newBuilder().setId(id).build()))
        .getService();
  }

  int listServices(int client) throws Exception {
    return await(stubs.get(client).listServices(ListServicesRequest.getDefaultInstance()))
        .getServicesCount();
  }

  /** The answer, or the call's failure; cancels the call if no answer came in time. */
  private static <T> T await(ListenableFuture<T> answer) throws Exception {
    try {
      return answer.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw failed.getCause() instanceof Exception cause ? cause : failed;
    } catch (TimeoutException | InterruptedException stopped) {
      answer.cancel(true);
      throw stopped;
    }
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
