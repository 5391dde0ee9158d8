package dev.warren.domain.port.in;

/** What a client asks of the cluster itself, as one port: its managers, join tokens and backups. */
public interface ClusterClient
    extends GetClusterInfoUseCase, GenerateJoinTokenUseCase, BackupClusterUseCase {}
