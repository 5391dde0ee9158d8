package dev.warren.cli;

import dev.warren.domain.port.in.ClusterUseCases;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import java.util.Objects;

/**
 * A connection to one manager, seen as the use cases it serves, one port per resource group.
 * Commands call these and close the connection when done; every call throws the domain's
 * exceptions.
 */
public record ManagerClient(
    ServiceUseCases services,
    ContainerUseCases containers,
    NodeUseCases nodes,
    SecretUseCases secrets,
    VolumeUseCases volumes,
    IngressUseCases ingresses,
    TlsCertificateUseCases certificates,
    ClusterUseCases cluster,
    StreamEventsUseCase events,
    Runnable disconnect)
    implements AutoCloseable {

  public ManagerClient {
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(containers, "containers");
    Objects.requireNonNull(nodes, "nodes");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(volumes, "volumes");
    Objects.requireNonNull(ingresses, "ingresses");
    Objects.requireNonNull(certificates, "certificates");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(disconnect, "disconnect");
  }

  @Override
  public void close() {
    disconnect.run();
  }
}
