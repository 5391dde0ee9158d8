package dev.warren.domain.port.in;

/**
 * What a worker asks of the managers, as one port: register itself, heartbeat, follow and read its
 * assignments, report its containers' states and health, and read the secrets and volumes of the
 * containers assigned to it, and the services they belong to (for their published ports). A
 * manager's embedded worker calls the use cases in-process; a standalone worker reaches them over
 * the network through an adapter of this port.
 */
public interface WorkerAgentClient
    extends RegisterNodeUseCase,
        RecordHeartbeatUseCase,
        WatchContainersUseCase,
        ListContainersUseCase,
        UpdateContainerStatusUseCase,
        ReportContainerHealthUseCase,
        ReadSecretUseCase,
        GetVolumeByNameUseCase,
        GetServiceUseCase {}
