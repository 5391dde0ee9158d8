package dev.warren.domain.port.in;

/**
 * What an operator does with nodes, as one port (the nodes group of warren.v1 without the agent's
 * own calls).
 */
public interface NodeClient
    extends ListNodesUseCase, GetNodeUseCase, RemoveNodeUseCase, UpdateNodeUseCase {}
