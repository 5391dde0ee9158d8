package dev.warren.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TcpAddressTest {

  @Test
  void parsesHostAndPortAndPrintsThemBack() {
    assertThat(TcpAddress.parse("127.0.0.1:8080")).isEqualTo(new TcpAddress("127.0.0.1", 8080));
    assertThat(TcpAddress.parse("[::1]:0")).isEqualTo(new TcpAddress("::1", 0));
    assertThat(new TcpAddress("::1", 7).toString()).isEqualTo("[::1]:7");
    assertThat(TcpAddress.parse("localhost:9090").withPort(1).toString()).isEqualTo("localhost:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", ":80", "host:", "host:http", "::1:80", "h:70000"})
  void rejectsWhatIsNotHostColonPort(String text) {
    assertThatThrownBy(() -> TcpAddress.parse(text)).isInstanceOf(InvalidSpecException.class);
  }
}
