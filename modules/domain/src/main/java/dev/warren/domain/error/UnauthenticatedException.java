package dev.warren.domain.error;

/** The caller could not be identified. */
public final class UnauthenticatedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(message);
  }

  public UnauthenticatedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.UNAUTHENTICATED;
  }
}
