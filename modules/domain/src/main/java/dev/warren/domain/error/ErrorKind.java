package dev.warren.domain.error;

/**
 * The kinds of failure a caller can act on; each edge maps them once (gRPC status, CLI exit code).
 */
public enum ErrorKind {
  INVALID_ARGUMENT,
  NOT_FOUND,
  ALREADY_EXISTS,
  FAILED_PRECONDITION,
  VERSION_CONFLICT,
  PERMISSION_DENIED,
  UNAUTHENTICATED,
  UNAVAILABLE,
  NOT_IMPLEMENTED
}
