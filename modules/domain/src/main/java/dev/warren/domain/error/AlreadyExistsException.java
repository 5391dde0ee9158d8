package dev.warren.domain.error;

/** An object with the same unique name or id already exists. */
public final class AlreadyExistsException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(String message) {
    super(message);
  }

  public AlreadyExistsException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.ALREADY_EXISTS;
  }
}
