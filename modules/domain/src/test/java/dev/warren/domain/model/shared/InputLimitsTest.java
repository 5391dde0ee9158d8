package dev.warren.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.ServiceSpecLimits;
import dev.warren.domain.port.in.CreateServiceRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputLimitsTest {
  @Test
  void aQuotedValueIsCutAfterSixtyFourCharactersWithItsLength() {
    assertThat(Checks.quote("web")).isEqualTo("'web'");
    assertThat(Checks.quote("x".repeat(1_000_000)))
        .isEqualTo("'" + "x".repeat(64) + "…' (1,000,000 characters)");
    assertThat(Checks.quote("a\u0000b\uD800c")).isEqualTo("'a\\u0000b\\ud800c'");
    assertThat(Checks.quote("😀".repeat(40))).hasSizeLessThan(100).doesNotContain("\\u");
  }

  @Test
  void aHugeIdIsQuotedInShort() {
    assertThatThrownBy(() -> Checks.id("service id", "a".repeat(1_000_000)))
        .hasMessageStartingWith("service id 'aaaa")
        .hasMessageContaining("(1,000,000 characters)")
        .message()
        .hasSizeLessThan(250);
  }

  @Test
  void imagesAreOciReferencesOrAHostProcess() {
    for (String good :
        List.of(
            "nginx",
            "nginx:1.27",
            "library/nginx:latest",
            "registry.example.com:5000/team/api:v1.2_3",
            "localhost/x@sha256:" + "a".repeat(64),
            "process://",
            "process:///usr/bin/sleep")) {
      assertThat(InputLimits.image("image", good)).isEqualTo(good);
    }
    for (String bad :
        List.of(
            "Nginx", "nginx:", "a\u0000b", "../../etc/passwd", "nginx latest", "x".repeat(513))) {
      assertThatThrownBy(() -> InputLimits.image("image", bad))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessageStartingWith("image ");
    }
  }

  @Test
  void envKeysArePosixNamesAndEntriesAreBounded() {
    assertThatThrownBy(() -> InputLimits.env("env", Map.of("K".repeat(10_000), "v")))
        .hasMessageContaining("env key")
        .hasMessageContaining("the limit is 256 characters");
    assertThatThrownBy(() -> InputLimits.env("env", Map.of("1A", "v")))
        .hasMessageContaining("is not a variable name");
    var many = new HashMap<String, String>();
    for (int i = 0; i < 10_000; i++) {
      many.put("K" + i, "v");
    }
    assertThatThrownBy(() -> InputLimits.env("env", many))
        .hasMessage("env has 10000 entries; the limit is 1000");
  }

  @Test
  void aServiceSpecPastSixtyFourKibibytesIsRefusedNamingTheLimit() {
    var env = new HashMap<String, String>();
    for (int i = 0; i < 10; i++) {
      env.put("V" + i, "x".repeat(8_000));
    }
    ServiceSpec big = ServiceSpec.of("web", "nginx", 1).withEnv(env);

    assertThatThrownBy(() -> new CreateServiceRequest(big))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("the limit is 65536 (64 KiB)");
    assertThat(ServiceSpecLimits.check(ServiceSpec.of("web", "nginx", 1))).isNotNull();
  }

  @Test
  void labelsAreBoundedInNumberAndHoldNoControlCharacters() {
    var labels = new HashMap<String, String>();
    for (int i = 0; i <= InputLimits.LABELS; i++) {
      labels.put("k" + i, "v");
    }
    assertThatThrownBy(() -> InputLimits.labels("node labels", labels))
        .hasMessage("node labels has 65 entries; the limit is 64");
    assertThatThrownBy(() -> InputLimits.labels("node labels", Map.of("team", "a\nb")))
        .hasMessageContaining("holds a control character");
  }
}
