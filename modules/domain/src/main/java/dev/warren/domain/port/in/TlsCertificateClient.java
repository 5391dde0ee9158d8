package dev.warren.domain.port.in;

/**
 * What a client does with stored TLS certificates, as one port (the certificates group of
 * warren.v1).
 */
public interface TlsCertificateClient
    extends CreateTlsCertificateUseCase,
        GetTlsCertificateUseCase,
        ListTlsCertificatesUseCase,
        DeleteTlsCertificateUseCase {}
