package dev.warren.domain.error;

/** A request or spec breaks a validation rule; the message names the field. */
public final class InvalidSpecException extends DomainException {
  private static final long serialVersionUID = 1L;

  public InvalidSpecException(String message) {
    super(message);
  }

  public InvalidSpecException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_ARGUMENT;
  }
}
