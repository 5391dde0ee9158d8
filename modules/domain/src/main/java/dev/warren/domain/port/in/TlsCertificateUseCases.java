package dev.warren.domain.port.in;

/**
 * The use cases of TLS certificates, one per RPC of the group; built in one place by the
 * composition root and driven by the API adapter.
 */
public record TlsCertificateUseCases(
    CreateTlsCertificateUseCase create,
    ReadTlsCertificateUseCase read,
    ListTlsCertificatesUseCase list,
    DeleteTlsCertificateUseCase delete) {}
