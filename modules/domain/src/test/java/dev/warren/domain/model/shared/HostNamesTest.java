package dev.warren.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "api.example.com", "localhost", "*.example.com", "a-1.b2"})
  void acceptsLowercaseNamesAndLeftmostWildcards(String host) {
    assertThat(HostNames.check("host", host)).isEqualTo(host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "API.example.com",
        "*",
        "*example.com",
        "a.*.example.com",
        "-a.example.com",
        "a..example.com",
        "example.com.",
        "exa mple.com",
        "api.example.com/path",
        "10.0.0.1:80"
      })
  void rejectsEverythingElseNamingTheField(String host) {
    assertThatThrownBy(() -> HostNames.check("ingress host", host))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("ingress host '" + host + "' is invalid");
  }

  @Test
  void rejectsNamesLongerThan253Characters() {
    String label = "a".repeat(63);
    String tooLong = String.join(".", label, label, label, label); // 255 characters

    assertThatThrownBy(() -> HostNames.check("host", tooLong))
        .isInstanceOf(InvalidSpecException.class);
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    // Exact names cover themselves, regardless of case.
    "Example.COM, example.com, true",
    "example.com, www.example.com, false",
    // A wildcard covers exactly one more label.
    "*.example.com, api.example.com, true",
    "*.example.com, example.com, false",
    "*.example.com, a.b.example.com, false",
    "*.example.com, api.example.org, false",
    // A wildcard host is covered only by the same wildcard.
    "*.example.com, *.example.com, true",
    "api.example.com, *.example.com, false",
    "*.com, *.example.com, false"
  })
  void coversFollowsTheCertificateNameRules(String name, String host, boolean covers) {
    assertThat(HostNames.covers(name, host)).isEqualTo(covers);
  }
}
