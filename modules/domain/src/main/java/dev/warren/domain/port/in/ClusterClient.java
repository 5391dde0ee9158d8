package dev.warren.domain.port.in;

/** What a client asks of the cluster itself, as one port: its managers and join tokens. */
public interface ClusterClient extends GetClusterInfoUseCase, GenerateJoinTokenUseCase {}
