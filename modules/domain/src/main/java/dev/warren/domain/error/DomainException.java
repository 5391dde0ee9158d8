package dev.warren.domain.error;

/**
 * Root of every failure the domain reports at a boundary. Unchecked, so ports can declare them in
 * javadoc without forcing wrappers; each subclass names one {@link ErrorKind}.
 */
public abstract sealed class DomainException extends RuntimeException
    permits InvalidSpecException,
        NotFoundException,
        AlreadyExistsException,
        FailedPreconditionException,
        VersionConflictException,
        PermissionDeniedException,
        UnauthenticatedException,
        UnavailableException,
        NotImplementedException {

  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }

  protected DomainException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What kind of failure this is, for the edges that translate it. */
  public abstract ErrorKind kind();

  /**
   * Rebuilds an exception from its kind and message, as a replica's rejection travels through the
   * replicated log as data rather than as a Java object.
   */
  public static DomainException of(ErrorKind kind, String message) {
    return switch (kind) {
      case INVALID_ARGUMENT -> new InvalidSpecException(message);
      case NOT_FOUND -> new NotFoundException(message);
      case ALREADY_EXISTS -> new AlreadyExistsException(message);
      case FAILED_PRECONDITION -> new FailedPreconditionException(message);
      case VERSION_CONFLICT -> new VersionConflictException(message);
      case PERMISSION_DENIED -> new PermissionDeniedException(message);
      case UNAUTHENTICATED -> new UnauthenticatedException(message);
      case UNAVAILABLE -> new UnavailableException(message);
      case NOT_IMPLEMENTED -> new NotImplementedException(message);
    };
  }
}
