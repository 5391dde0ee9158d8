package dev.warren.domain.port.in;

/**
 * What an operator reads about containers, as one port (the containers group of warren.v1 without
 * the agent's own calls).
 */
public interface ContainerClient extends ListContainersUseCase, GetContainerUseCase {}
