package dev.warren.domain.port.in;

/**
 * The use cases of ingresses, one per RPC of the group; built in one place by the composition root
 * and driven by the API adapter.
 */
public record IngressUseCases(
    CreateIngressUseCase create,
    UpdateIngressUseCase update,
    DeleteIngressUseCase delete,
    GetIngressUseCase get,
    ListIngressesUseCase list) {}
