package dev.warren.domain.error;

/** The cluster cannot answer now (no leader, shutting down); retrying later may work. */
public final class UnavailableException extends DomainException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.UNAVAILABLE;
  }
}
