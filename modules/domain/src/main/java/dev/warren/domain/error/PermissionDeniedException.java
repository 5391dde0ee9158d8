package dev.warren.domain.error;

/** The caller is known but not allowed to do this. */
public final class PermissionDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }

  public PermissionDeniedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.PERMISSION_DENIED;
  }
}
