package dev.warren.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DomainExceptionTest {

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void rebuildsEveryKindWithItsMessage(ErrorKind kind) {
    DomainException rebuilt = DomainException.of(kind, "service already exists: web");

    assertThat(rebuilt.kind()).isEqualTo(kind);
    assertThat(rebuilt).hasMessage("service already exists: web");
  }
}
