package dev.warren.domain.port.in;

import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.Caller;

/**
 * Decides whether a caller may make an API call, before the call reaches its use case, by the
 * {@link dev.warren.domain.model.security.AccessRule} the operation carries.
 *
 * <p>Threading: safe for concurrent use; may read the cluster state (a worker's ownership of a node
 * or container).
 */
public interface AuthorizeCallUseCase {

  /**
   * Returns normally when {@code caller} may perform {@code operation} on {@code subject}.
   *
   * @throws dev.warren.domain.error.UnauthenticatedException if the caller has no certificate and
   *     the operation needs one
   * @throws dev.warren.domain.error.PermissionDeniedException if the caller is known but its role,
   *     or the node it is, does not allow this call; the message names the RPC and the reason
   */
  void authorize(Caller caller, ApiOperation operation, CallSubject subject);
}
