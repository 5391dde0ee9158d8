package dev.warren.domain.port.in;

/**
 * The use cases of secrets, one per RPC of the group; built in one place by the composition root
 * and driven by the API adapter.
 */
public record SecretUseCases(
    CreateSecretUseCase create,
    ReadSecretUseCase read,
    ListSecretsUseCase list,
    DeleteSecretUseCase delete) {}
