package dev.warren.adapters.grpc.interceptor;

import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.port.in.ReadConsistency;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.Locale;

/**
 * The consistency a client asked its reads to have, from the {@value #HEADER} request header:
 * {@code linearizable} (also when the header is absent) or {@code stale}, which reads whatever the
 * answering manager has applied without asking the leader. Any other value is refused as
 * INVALID_ARGUMENT, so a typo never silently weakens a read. Read RPCs take the choice from {@link
 * #current()}; writes ignore it.
 */
public final class ReadConsistencyInterceptor implements ServerInterceptor {
  /** The request header (gRPC metadata key) naming the read consistency. */
  public static final String HEADER = "warren-read-consistency";

  /** The header's value for a stale read. */
  public static final String STALE = "stale";

  /** The header's value for a linearizable read, the default. */
  public static final String LINEARIZABLE = "linearizable";

  private static final Metadata.Key<String> KEY =
      Metadata.Key.of(HEADER, Metadata.ASCII_STRING_MARSHALLER);

  private static final Context.Key<ReadConsistency> CONSISTENCY =
      Context.key("warren-read-consistency");

  /**
   * The consistency the current call asked for; {@link ReadConsistency#LINEARIZABLE} outside a call
   * or when it did not say.
   */
  public static ReadConsistency current() {
    ReadConsistency asked = CONSISTENCY.get();
    return asked == null ? ReadConsistency.LINEARIZABLE : asked;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ReadConsistency consistency;
    try {
      consistency = parse(headers.get(KEY));
    } catch (InvalidSpecException invalid) {
      StatusRuntimeException status = StatusMapper.toStatusException(invalid);
      call.close(status.getStatus(), status.getTrailers());
      return new ServerCall.Listener<>() {};
    }
    return Contexts.interceptCall(
        Context.current().withValue(CONSISTENCY, consistency), call, headers, next);
  }

  /**
   * @throws InvalidSpecException if {@code value} is neither {@value #LINEARIZABLE} nor {@value
   *     #STALE}
   */
  static ReadConsistency parse(String value) {
    if (value == null) {
      return ReadConsistency.LINEARIZABLE;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case LINEARIZABLE -> ReadConsistency.LINEARIZABLE;
      case STALE -> ReadConsistency.LOCAL;
      default ->
          throw new InvalidSpecException(
              HEADER
                  + " must be '"
                  + LINEARIZABLE
                  + "' or '"
                  + STALE
                  + "', not '"
                  + value
                  + "'; leave it out for a linearizable read");
    };
  }
}
