package dev.warren.domain.error;

/** The request is valid but the cluster is not in a state that allows it. */
public final class FailedPreconditionException extends DomainException {
  private static final long serialVersionUID = 1L;

  public FailedPreconditionException(String message) {
    super(message);
  }

  public FailedPreconditionException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.FAILED_PRECONDITION;
  }
}
