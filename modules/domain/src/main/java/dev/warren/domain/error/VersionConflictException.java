package dev.warren.domain.error;

/** The object changed since the caller read it; read again and retry. */
public final class VersionConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public VersionConflictException(String message) {
    super(message);
  }

  public VersionConflictException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.VERSION_CONFLICT;
  }
}
