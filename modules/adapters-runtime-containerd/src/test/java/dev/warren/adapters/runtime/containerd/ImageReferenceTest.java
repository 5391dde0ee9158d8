package dev.warren.adapters.runtime.containerd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

  @ParameterizedTest
  @CsvSource({
    "nginx, docker.io/library/nginx:latest",
    "nginx:1.27, docker.io/library/nginx:1.27",
    "team/app:2, docker.io/team/app:2",
    "registry.example/team/app:2, registry.example/team/app:2",
    "127.0.0.1:5000/busybox:1, 127.0.0.1:5000/busybox:1",
    "localhost/app, localhost/app:latest",
    "ghcr.io/org/app@sha256:0123, ghcr.io/org/app@sha256:0123"
  })
  void referencesAreNormalisedAsDockerDoes(String image, String canonical) {
    assertThat(ImageReference.parse(image).canonical()).isEqualTo(canonical);
  }

  @Test
  void dockerHubIsReachedOnItsApiHostAndLoopbackOverPlainHttp() {
    assertThat(ImageReference.parse("nginx").apiHost()).isEqualTo("registry-1.docker.io");
    assertThat(ImageReference.parse("127.0.0.1:5000/busybox:1").loopback()).isTrue();
    assertThat(ImageReference.parse("localhost:5000/busybox:1").loopback()).isTrue();
    assertThat(ImageReference.parse("registry.example/app").loopback()).isFalse();
  }

  @Test
  void whatIsNoImageReferenceIsRefusedWithAnExample() {
    for (String bad : new String[] {"process://", "", "Upper/Case", "two words"}) {
      assertThatThrownBy(() -> ImageReference.parse(bad))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessageContaining("registry.example/app:1.2");
    }
  }
}
