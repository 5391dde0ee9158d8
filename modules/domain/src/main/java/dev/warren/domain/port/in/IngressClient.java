package dev.warren.domain.port.in;

/** What a client does with ingresses, as one port (the ingresses group of warren.v1). */
public interface IngressClient
    extends CreateIngressUseCase,
        UpdateIngressUseCase,
        DeleteIngressUseCase,
        GetIngressUseCase,
        ListIngressesUseCase {}
