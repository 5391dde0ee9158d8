package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.warren.adapters.grpc.RpcGroup;
import dev.warren.adapters.grpc.WarrenApi;
import dev.warren.bootstrap.lifecycle.RoutedNodeLogsAdapter;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.ClusterUseCases;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RolloutUseCases;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.ShareClusterKeysUseCase;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The {@code warren.v1} API: each resource group's RPCs over its use cases (built in {@link
 * UseCaseModule}), contributed into one set, and the authorizer; the adapter declares the groups'
 * RPCs. The listeners themselves (mutual TLS on TCP, the read-only unix socket) are built by {@link
 * dev.warren.bootstrap.lifecycle.ControlPlaneServer} at start, once the cluster's CA and the node's
 * certificate exist.
 */
@Module
public interface GrpcModule {

  @Provides
  @Singleton
  static WarrenApi warrenApi(
      Set<RpcGroup> groups,
      StreamContainerLogsUseCase logs,
      RoutedNodeLogsAdapter nodeLogs,
      ShareClusterKeysUseCase clusterKeys,
      RolloutUseCases rollouts,
      AuthorizeCallUseCase authorizer) {
    return new WarrenApi(groups, logs, nodeLogs.local(), clusterKeys, rollouts, authorizer);
  }

  @Provides
  @IntoSet
  static RpcGroup services(ServiceUseCases useCases) {
    return RpcGroup.services(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup containers(ContainerUseCases useCases) {
    return RpcGroup.containers(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup nodes(NodeUseCases useCases) {
    return RpcGroup.nodes(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup secrets(SecretUseCases useCases) {
    return RpcGroup.secrets(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup volumes(VolumeUseCases useCases) {
    return RpcGroup.volumes(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup ingresses(IngressUseCases useCases) {
    return RpcGroup.ingresses(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup certificates(TlsCertificateUseCases useCases) {
    return RpcGroup.certificates(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup cluster(ClusterUseCases useCases) {
    return RpcGroup.cluster(useCases);
  }

  @Provides
  @IntoSet
  static RpcGroup events(StreamEventsUseCase useCases) {
    return RpcGroup.events(useCases);
  }
}
