package dev.warren.domain.error;

/** The operation exists in the contract but this version does not offer it yet. */
public final class NotImplementedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotImplementedException(String message) {
    super(message);
  }

  public NotImplementedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.NOT_IMPLEMENTED;
  }
}
