package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.ClusterRpcs;
import dev.warren.adapters.grpc.control.ContainerRpcs;
import dev.warren.adapters.grpc.control.EventRpcs;
import dev.warren.adapters.grpc.control.IngressRpcs;
import dev.warren.adapters.grpc.control.NodeRpcs;
import dev.warren.adapters.grpc.control.SecretRpcs;
import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.ServiceRpcs;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.control.TlsCertificateRpcs;
import dev.warren.adapters.grpc.control.VolumeRpcs;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.ClusterUseCases;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import java.util.List;
import java.util.function.Function;

/**
 * One resource group of the warren.v1 API over its use cases: the composition root contributes one
 * of each into the set a {@link WarrenApi} serves. The group's RPCs themselves are declared in the
 * adapter (see {@code dev.warren.adapters.grpc.control}), once each.
 */
public final class RpcGroup {
  private final String name;
  private final Function<StreamShutdown, List<ServerRpc<?, ?>>> declarations;

  private RpcGroup(String name, Function<StreamShutdown, List<ServerRpc<?, ?>>> declarations) {
    this.name = name;
    this.declarations = declarations;
  }

  public static RpcGroup services(ServiceUseCases useCases) {
    return group("services", useCases, ServiceRpcs::declare);
  }

  public static RpcGroup containers(ContainerUseCases useCases) {
    return group("containers", useCases, ContainerRpcs::declare);
  }

  public static RpcGroup nodes(NodeUseCases useCases) {
    return group("nodes", useCases, NodeRpcs::declare);
  }

  public static RpcGroup secrets(SecretUseCases useCases) {
    return group("secrets", useCases, SecretRpcs::declare);
  }

  public static RpcGroup volumes(VolumeUseCases useCases) {
    return group("volumes", useCases, VolumeRpcs::declare);
  }

  public static RpcGroup ingresses(IngressUseCases useCases) {
    return group("ingresses", useCases, IngressRpcs::declare);
  }

  public static RpcGroup certificates(TlsCertificateUseCases useCases) {
    return group("certificates", useCases, TlsCertificateRpcs::declare);
  }

  public static RpcGroup cluster(ClusterUseCases useCases) {
    return group("cluster and tokens", useCases, ClusterRpcs::declare);
  }

  public static RpcGroup events(StreamEventsUseCase useCase) {
    Checks.notNull("events use case", useCase);
    return new RpcGroup("events", shutdown -> EventRpcs.declare(useCase, shutdown));
  }

  /** The group's RPCs for one server; streams that server must end register with {@code shutdown}. */
  List<ServerRpc<?, ?>> declare(StreamShutdown shutdown) {
    return declarations.apply(shutdown);
  }

  @Override
  public String toString() {
    return "the " + name + " RPCs";
  }

  private static <U> RpcGroup group(
      String name, U useCases, Function<U, List<ServerRpc<?, ?>>> declarations) {
    Checks.notNull(name + " use cases", useCases);
    return new RpcGroup(name, shutdown -> declarations.apply(useCases));
  }
}
