package dev.warren.domain.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerAddressTest {

  @Test
  void parsesHostAndPortAndPrintsThemBack() {
    assertThat(PeerAddress.parse("bind address", "10.0.0.2:7000"))
        .isEqualTo(new PeerAddress("10.0.0.2", 7000))
        .hasToString("10.0.0.2:7000");
    assertThat(PeerAddress.parse("bind address", "manager-2.lan:1"))
        .isEqualTo(new PeerAddress("manager-2.lan", 1));
  }

  @Test
  void anIpv6HostIsWrittenInBrackets() {
    var address = PeerAddress.parse("bind address", "[::1]:7000");

    assertThat(address.host()).isEqualTo("::1");
    assertThat(address).hasToString("[::1]:7000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "host",
        "host:",
        ":7000",
        "host:0",
        "host:65536",
        "host:7x",
        "::1:7000",
        "[]:7000",
        "a b:7000",
        "host:-1"
      })
  void refusesAnythingButHostColonPortNamingTheField(String value) {
    assertThatThrownBy(() -> PeerAddress.parse("bind address", value))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("bind address");
  }
}
