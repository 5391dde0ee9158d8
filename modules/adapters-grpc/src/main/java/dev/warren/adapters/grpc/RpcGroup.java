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
 * One resource group's warren.v1 RPCs over its use cases, as the group's class in {@code
 * dev.warren.adapters.grpc.control} declares them. The composition root contributes one per group
 * into the set a {@link WarrenApi} is built from, so adding a group does not touch a list of every
 * group; a server still refuses to start unless the set declares every RPC of the proto exactly
 * once.
 */
public final class RpcGroup {
  private final String name;
  private final Function<StreamShutdown, List<ServerRpc<?, ?>>> declarations;

  private RpcGroup(
      String name, Object useCases, Function<StreamShutdown, List<ServerRpc<?, ?>>> declarations) {
    Checks.notNull("use cases of the " + name + " RPC group", useCases);
    this.name = name;
    this.declarations = declarations;
  }

  public static RpcGroup services(ServiceUseCases useCases) {
    return new RpcGroup("services", useCases, ignored -> new ServiceRpcs(useCases).declare());
  }

  public static RpcGroup containers(ContainerUseCases useCases) {
    return new RpcGroup("containers", useCases, ignored -> new ContainerRpcs(useCases).declare());
  }

  public static RpcGroup nodes(NodeUseCases useCases) {
    return new RpcGroup("nodes", useCases, ignored -> new NodeRpcs(useCases).declare());
  }

  public static RpcGroup secrets(SecretUseCases useCases) {
    return new RpcGroup("secrets", useCases, ignored -> new SecretRpcs(useCases).declare());
  }

  public static RpcGroup volumes(VolumeUseCases useCases) {
    return new RpcGroup("volumes", useCases, ignored -> new VolumeRpcs(useCases).declare());
  }

  public static RpcGroup ingresses(IngressUseCases useCases) {
    return new RpcGroup("ingresses", useCases, ignored -> new IngressRpcs(useCases).declare());
  }

  public static RpcGroup certificates(TlsCertificateUseCases useCases) {
    return new RpcGroup(
        "certificates", useCases, ignored -> new TlsCertificateRpcs(useCases).declare());
  }

  public static RpcGroup cluster(ClusterUseCases useCases) {
    return new RpcGroup("cluster", useCases, ignored -> new ClusterRpcs(useCases).declare());
  }

  /** The event stream; its open calls end when the server that serves them shuts down. */
  public static RpcGroup events(StreamEventsUseCase useCase) {
    return new RpcGroup("events", useCase, shutdown -> new EventRpcs(useCase).declare(shutdown));
  }

  /** This group's RPCs for one server; streams it must end register with {@code shutdown}. */
  List<ServerRpc<?, ?>> declare(StreamShutdown shutdown) {
    return declarations.apply(shutdown);
  }

  @Override
  public String toString() {
    return "RPC group " + name;
  }
}
