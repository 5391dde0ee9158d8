package dev.warren.domain.port.in;

/** Issues join tokens. */
public interface GenerateJoinTokenUseCase {
  /**
   * Issues a token for the request's role that expires after a day; only a hash of its secret is
   * stored, in the replicated state, so it works on every manager and survives a failover. With
   * {@code rotate}, every earlier token of that role is revoked in the same replicated change.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if the cluster is not initialized
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  GenerateJoinTokenResult generate(GenerateJoinTokenRequest request);
}
