package dev.warren.adapters.grpc.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.error.VersionConflictException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusMapperTest {
  private static final String TARGET = "127.0.0.1:8080";

  @Test
  void everyErrorKindHasItsStatusCode() {
    var expected =
        Map.of(
            ErrorKind.INVALID_ARGUMENT, Status.Code.INVALID_ARGUMENT,
            ErrorKind.NOT_FOUND, Status.Code.NOT_FOUND,
            ErrorKind.ALREADY_EXISTS, Status.Code.ALREADY_EXISTS,
            ErrorKind.FAILED_PRECONDITION, Status.Code.FAILED_PRECONDITION,
            ErrorKind.VERSION_CONFLICT, Status.Code.ABORTED,
            ErrorKind.PERMISSION_DENIED, Status.Code.PERMISSION_DENIED,
            ErrorKind.UNAUTHENTICATED, Status.Code.UNAUTHENTICATED,
            ErrorKind.UNAVAILABLE, Status.Code.UNAVAILABLE,
            ErrorKind.NOT_IMPLEMENTED, Status.Code.UNIMPLEMENTED);

    for (ErrorKind kind : ErrorKind.values()) {
      StatusRuntimeException status =
          StatusMapper.toStatusException(DomainException.of(kind, "message for " + kind));

      assertThat(status.getStatus().getCode()).as(kind.name()).isEqualTo(expected.get(kind));
      assertThat(status.getStatus().getDescription()).isEqualTo("message for " + kind);
    }
  }

  @Test
  void aLongMessageIsCutToOneKibibyteSayingHowLongItWas() {
    String huge = "x".repeat(1_000_000);

    String sent =
        StatusMapper.toStatusException(new InvalidSpecException("image " + huge))
            .getStatus()
            .getDescription();

    assertThat(sent).hasSize(StatusMapper.MAX_DESCRIPTION_CHARS);
    assertThat(sent).startsWith("image xxx").endsWith("… (message cut, 1000006 characters)");
  }

  @Test
  void unexpectedFailuresBecomeInternalWithoutTheirDetails() {
    StatusRuntimeException status =
        StatusMapper.toStatusException(new IllegalStateException("db password is hunter2"));

    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
    assertThat(status.getStatus().getDescription())
        .startsWith("internal error in the manager; see its log (reference ")
        .doesNotContain("hunter2");
    assertThat(status.getStatus().getCause()).isNull();
  }

  @Test
  void clientRebuildsTheDomainExceptionTheServerSent() {
    for (ErrorKind kind : ErrorKind.values()) {
      var sent = StatusMapper.toStatusException(DomainException.of(kind, "why " + kind));
      var received = new StatusRuntimeException(sent.getStatus(), sent.getTrailers());

      RuntimeException rebuilt = StatusMapper.toClientException(received, TARGET);

      assertThat(rebuilt).isInstanceOf(DomainException.class).hasMessage("why " + kind);
      assertThat(((DomainException) rebuilt).kind()).isEqualTo(kind);
    }
  }

  @Test
  void transportFailuresSayTheManagerCannotBeReached() {
    var refused =
        Status.UNAVAILABLE
            .withDescription("io exception")
            .withCause(new ConnectException("Connection refused"))
            .asRuntimeException();
    var slow =
        Status.DEADLINE_EXCEEDED.withDescription("deadline exceeded after 2s").asRuntimeException();

    assertThat(StatusMapper.toClientException(refused, TARGET))
        .isInstanceOf(UnavailableException.class)
        .hasMessage(
            "cannot reach a manager at 127.0.0.1:8080 — is it running?"
                + " (UNAVAILABLE: io exception: Connection refused)");
    assertThat(StatusMapper.toClientException(slow, TARGET))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("cannot reach a manager at 127.0.0.1:8080")
        .hasMessageContaining("DEADLINE_EXCEEDED");
  }

  @Test
  void statusesWithoutTheKindTrailerMapByCode() {
    assertThat(
            StatusMapper.toClientException(
                Status.ABORTED.withDescription("stale").asRuntimeException(), TARGET))
        .isInstanceOf(VersionConflictException.class)
        .hasMessage("stale");
    assertThat(
            StatusMapper.toClientException(
                Status.NOT_FOUND.withDescription("gone").asRuntimeException(), TARGET))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            StatusMapper.toClientException(
                Status.INVALID_ARGUMENT.withDescription("bad").asRuntimeException(), TARGET))
        .isInstanceOf(InvalidSpecException.class);
    assertThat(
            StatusMapper.toClientException(
                Status.INTERNAL.withDescription("bug").asRuntimeException(), TARGET))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the manager at 127.0.0.1:8080 failed: INTERNAL: bug");
  }
}
