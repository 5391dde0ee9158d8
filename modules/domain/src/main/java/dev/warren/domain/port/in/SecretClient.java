package dev.warren.domain.port.in;

/** What a client does with secrets, as one port (the secrets group of warren.v1). */
public interface SecretClient
    extends CreateSecretUseCase, GetSecretByNameUseCase, ListSecretsUseCase, DeleteSecretUseCase {}
