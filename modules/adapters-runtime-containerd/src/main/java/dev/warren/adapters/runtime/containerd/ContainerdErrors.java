package dev.warren.adapters.runtime.containerd;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.UnavailableException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** Translates containerd's gRPC failures into the domain's exceptions at the adapter's edge. */
final class ContainerdErrors {
  private ContainerdErrors() {}

  static boolean isNotFound(StatusRuntimeException e) {
    return e.getStatus().getCode() == Status.Code.NOT_FOUND;
  }

  /**
   * Whether a call ran out of its deadline: the deadline travels to containerd, which may hit it
   * first in its own call to the shim and answer UNKNOWN "context deadline exceeded".
   */
  static boolean isDeadlineExceeded(StatusRuntimeException e) {
    Status status = e.getStatus();
    return status.getCode() == Status.Code.DEADLINE_EXCEEDED
        || (status.getCode() == Status.Code.UNKNOWN
            && status.getDescription() != null
            && status.getDescription().contains("deadline exceeded"));
  }

  static boolean isAlreadyExists(StatusRuntimeException e) {
    return e.getStatus().getCode() == Status.Code.ALREADY_EXISTS;
  }

  /** What containerd said, in one line, for a message. */
  static String said(StatusRuntimeException e) {
    String description = e.getStatus().getDescription();
    return description == null ? e.getStatus().getCode().toString() : description;
  }

  /** {@code e}, raised while {@code doing}, as a domain exception. */
  static DomainException translate(String doing, StatusRuntimeException e) {
    return switch (e.getStatus().getCode()) {
      case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED ->
          new UnavailableException(
              "containerd did not answer while " + doing + ": " + said(e) + "; is it running?", e);
      default -> new FailedPreconditionException("containerd refused " + doing + ": " + said(e), e);
    };
  }
}
