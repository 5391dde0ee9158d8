package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ExitCodesTest {
  private final ExitCodes exitCodes = new ExitCodes();

  @ParameterizedTest
  @CsvSource({
    "INVALID_ARGUMENT, 2",
    "NOT_FOUND, 3",
    "ALREADY_EXISTS, 4",
    "FAILED_PRECONDITION, 4",
    "VERSION_CONFLICT, 4",
    "UNAVAILABLE, 5",
    "PERMISSION_DENIED, 6",
    "UNAUTHENTICATED, 6",
    "NOT_IMPLEMENTED, 1"
  })
  void mapsEveryDomainErrorKind(ErrorKind kind, int expected) {
    assertThat(exitCodes.getExitCode(DomainException.of(kind, "m"))).isEqualTo(expected);
  }

  @Test
  void mapsUsageErrorsToTwoAndEverythingElseToOne() {
    var usage =
        new CommandLine.ParameterException(
            new CommandLine(CommandLine.Model.CommandSpec.create()), "bad");

    assertThat(exitCodes.getExitCode(usage)).isEqualTo(2);
    assertThat(exitCodes.getExitCode(new UncheckedIOException(new IOException("x")))).isEqualTo(1);
    assertThat(exitCodes.getExitCode(new IllegalStateException())).isEqualTo(1);
  }

  @Test
  void reportsAnExceptionWithoutMessageByItsType() {
    assertThat(ErrorReporter.messageOf(new IllegalStateException()))
        .isEqualTo("IllegalStateException");
    assertThat(ErrorReporter.messageOf(new IllegalStateException("one\ntwo"))).isEqualTo("one");
  }
}
