package dev.warren.domain.port.in;

/**
 * The use cases of the cluster and its membership tokens, one per RPC of the group; built in one
 * place by the composition root and driven by the API adapter.
 */
public record ClusterUseCases(
    GetClusterInfoUseCase getInfo,
    GenerateJoinTokenUseCase generateJoinToken,
    JoinClusterUseCase join,
    RequestCertificateUseCase requestCertificate,
    BackupClusterUseCase backup) {}
