package dev.warren.domain.port.in;

/**
 * What a client does with services, as one port: the use cases of the services group of warren.v1,
 * which a remote client offers over one connection.
 */
public interface ServiceClient
    extends CreateServiceUseCase,
        GetServiceUseCase,
        ListServicesUseCase,
        UpdateServiceUseCase,
        DeleteServiceUseCase,
        UpdateServiceImageUseCase,
        RollbackServiceUseCase {}
