package dev.warren.adapters.grpc.status;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place where domain errors become gRPC statuses (server side) and statuses become domain
 * errors again (client side). Servers attach the {@link ErrorKind} as a trailer so our client
 * rebuilds exactly the exception the use case threw; statuses without it come from the transport or
 * from another server and are mapped by code.
 */
public final class StatusMapper {
  private static final System.Logger LOG = System.getLogger(StatusMapper.class.getName());

  /** Trailer naming the domain error kind behind a status; absent on transport failures. */
  static final Metadata.Key<String> ERROR_KIND =
      Metadata.Key.of("warren-error-kind", Metadata.ASCII_STRING_MARSHALLER);

  /**
   * The longest status message a server sends. Messages quote values only in short (see {@link
   * dev.warren.domain.model.shared.Checks#quote}); this is the last guard, far below the 8 KiB of
   * headers a client accepts.
   */
  public static final int MAX_DESCRIPTION_CHARS = 1024;

  private StatusMapper() {}

  /** {@code message} cut to {@link #MAX_DESCRIPTION_CHARS}, saying how long it was. */
  public static String capped(String message) {
    if (message == null || message.length() <= MAX_DESCRIPTION_CHARS) {
      return message;
    }
    String cut = " … (message cut, " + message.length() + " characters)";
    int keep = MAX_DESCRIPTION_CHARS - cut.length();
    if (Character.isHighSurrogate(message.charAt(keep - 1))) {
      keep--;
    }
    return message.substring(0, keep) + cut;
  }

  /** The gRPC code a domain error kind is answered with. */
  public static Status.Code codeOf(ErrorKind kind) {
    return switch (kind) {
      case INVALID_ARGUMENT -> Status.Code.INVALID_ARGUMENT;
      case NOT_FOUND -> Status.Code.NOT_FOUND;
      case ALREADY_EXISTS -> Status.Code.ALREADY_EXISTS;
      case FAILED_PRECONDITION -> Status.Code.FAILED_PRECONDITION;
      case VERSION_CONFLICT -> Status.Code.ABORTED;
      case PERMISSION_DENIED -> Status.Code.PERMISSION_DENIED;
      case UNAUTHENTICATED -> Status.Code.UNAUTHENTICATED;
      case UNAVAILABLE -> Status.Code.UNAVAILABLE;
      case NOT_IMPLEMENTED -> Status.Code.UNIMPLEMENTED;
    };
  }

  /**
   * What a server answers for {@code failure}. A domain error keeps its message, which names the
   * object and says what to do. Anything else is a bug: it is logged with a reference, and the
   * client gets INTERNAL with only that reference, never the exception's text or stack trace.
   */
  public static StatusRuntimeException toStatusException(Throwable failure) {
    if (failure instanceof DomainException domain) {
      var trailers = new Metadata();
      trailers.put(ERROR_KIND, domain.kind().name());
      return Status.fromCode(codeOf(domain.kind()))
          .withDescription(capped(domain.getMessage()))
          .asRuntimeException(trailers);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(
        Level.ERROR, "unexpected failure serving an RPC (reference " + reference + ")", failure);
    return Status.INTERNAL
        .withDescription("internal error in the manager; see its log (reference " + reference + ")")
        .asRuntimeException();
  }

  /**
   * What a client throws for a failed call to the manager at {@code target}. A status carrying the
   * error-kind trailer becomes that domain exception with the server's message. Otherwise:
   * UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED and RESOURCE_EXHAUSTED become {@link
   * UnavailableException} ("cannot reach a manager at …"); codes with a domain meaning map to it;
   * UNKNOWN, INTERNAL and DATA_LOSS are bugs on the other side and become {@link
   * IllegalStateException}, since no domain error describes them.
   */
  public static RuntimeException toClientException(StatusRuntimeException failure, String target) {
    Status status = failure.getStatus();
    String description = status.getDescription() == null ? "" : status.getDescription();
    Optional<ErrorKind> kind = kindFromTrailers(failure.getTrailers());
    if (kind.isPresent()) {
      return DomainException.of(kind.get(), description);
    }
    String detail = status.getCode().name() + (description.isEmpty() ? "" : ": " + description);
    if (status.getCause() != null && status.getCause().getMessage() != null) {
      // Transport failures hide the useful part ("Connection refused") in the cause.
      detail += ": " + status.getCause().getMessage();
    }
    return switch (status.getCode()) {
      case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED, RESOURCE_EXHAUSTED ->
          new UnavailableException(
              "cannot reach a manager at " + target + " — is it running? (" + detail + ")",
              failure);
      case INVALID_ARGUMENT, OUT_OF_RANGE -> new InvalidSpecException(description, failure);
      case NOT_FOUND -> DomainException.of(ErrorKind.NOT_FOUND, description);
      case ALREADY_EXISTS -> DomainException.of(ErrorKind.ALREADY_EXISTS, description);
      case FAILED_PRECONDITION -> DomainException.of(ErrorKind.FAILED_PRECONDITION, description);
      case ABORTED -> DomainException.of(ErrorKind.VERSION_CONFLICT, description);
      case PERMISSION_DENIED -> DomainException.of(ErrorKind.PERMISSION_DENIED, description);
      case UNAUTHENTICATED -> DomainException.of(ErrorKind.UNAUTHENTICATED, description);
      case UNIMPLEMENTED -> DomainException.of(ErrorKind.NOT_IMPLEMENTED, description);
      case OK, UNKNOWN, INTERNAL, DATA_LOSS ->
          new IllegalStateException("the manager at " + target + " failed: " + detail, failure);
    };
  }

  private static Optional<ErrorKind> kindFromTrailers(Metadata trailers) {
    String name = trailers == null ? null : trailers.get(ERROR_KIND);
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ErrorKind.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknownKind) {
      // A newer server may know kinds we do not; the status code still tells enough.
      return Optional.empty();
    }
  }
}
