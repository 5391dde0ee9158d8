package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
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
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import jakarta.inject.Singleton;

/**
 * The {@code warren.v1} API: each resource group's use cases (built in {@link UseCaseModule}) and
 * the authorizer; the adapter declares the groups' RPCs. The listeners themselves (mutual TLS on
 * TCP, the read-only unix socket) are built by {@link
 * dev.warren.bootstrap.lifecycle.ControlPlaneServer} at start, once the cluster's CA and the node's
 * certificate exist.
 */
@Module
public interface GrpcModule {

  @Provides
  @Singleton
  static WarrenApi warrenApi(
      ServiceUseCases services,
      ContainerUseCases containers,
      NodeUseCases nodes,
      SecretUseCases secrets,
      VolumeUseCases volumes,
      IngressUseCases ingresses,
      TlsCertificateUseCases certificates,
      ClusterUseCases cluster,
      StreamEventsUseCase events,
      StreamContainerLogsUseCase logs,
      RoutedNodeLogsAdapter nodeLogs,
      RolloutUseCases rollouts,
      AuthorizeCallUseCase authorizer) {
    return new WarrenApi(
        services,
        containers,
        nodes,
        secrets,
        volumes,
        ingresses,
        certificates,
        cluster,
        events,
        logs,
        nodeLogs.local(),
        rollouts,
        authorizer);
  }
}
