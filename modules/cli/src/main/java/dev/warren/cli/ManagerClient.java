package dev.warren.cli;

import dev.warren.domain.port.in.ClusterClient;
import dev.warren.domain.port.in.ContainerClient;
import dev.warren.domain.port.in.IngressClient;
import dev.warren.domain.port.in.NodeClient;
import dev.warren.domain.port.in.RolloutClient;
import dev.warren.domain.port.in.SecretClient;
import dev.warren.domain.port.in.ServiceClient;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateClient;
import dev.warren.domain.port.in.VolumeClient;
import java.util.Objects;

/**
 * A connection to one manager, seen as the use cases it serves, one port per resource group.
 * Commands call these and close the connection when done; every call throws the domain's
 * exceptions.
 */
public record ManagerClient(
    ServiceClient services,
    ContainerClient containers,
    NodeClient nodes,
    SecretClient secrets,
    VolumeClient volumes,
    IngressClient ingresses,
    TlsCertificateClient certificates,
    ClusterClient cluster,
    StreamEventsUseCase events,
    StreamContainerLogsUseCase logs,
    RolloutClient rollouts,
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
    Objects.requireNonNull(logs, "logs");
    Objects.requireNonNull(rollouts, "rollouts");
    Objects.requireNonNull(disconnect, "disconnect");
  }

  @Override
  public void close() {
    disconnect.run();
  }
}
