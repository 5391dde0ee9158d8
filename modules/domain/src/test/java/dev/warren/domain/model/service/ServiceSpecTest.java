package dev.warren.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceSpecTest {

  @Test
  void defaultsFollowWarren() {
    ServiceSpec spec = ServiceSpec.of("web", "nginx:1.27", 3);

    assertThat(spec.mode()).isEqualTo(ServiceMode.REPLICATED);
    assertThat(spec.deployStrategy()).isEqualTo(DeployStrategy.ROLLING);
    assertThat(spec.stopTimeoutSeconds()).isEqualTo(10);
    assertThat(spec.healthCheck()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Web", "-web", "web-", "we_b", "a b"})
  void rejectsInvalidNames(String name) {
    assertThatThrownBy(() -> ServiceSpec.of(name, "nginx", 1))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("service name");
  }

  @Test
  void acceptsSixtyThreeCharacterNamesButNotSixtyFour() {
    assertThat(ServiceSpec.of("a".repeat(63), "nginx", 1).name()).hasSize(63);
    assertThatThrownBy(() -> ServiceSpec.of("a".repeat(64), "nginx", 1))
        .isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void rejectsNegativeReplicasNamingTheField() {
    assertThatThrownBy(() -> ServiceSpec.of("web", "nginx", -1))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("replicas must be between 0 and 10000, got -1");
  }

  @Test
  void allowsZeroReplicas() {
    assertThat(ServiceSpec.of("web", "nginx", 0).replicas()).isZero();
  }

  @Test
  void rejectsBlankImage() {
    assertThatThrownBy(() -> ServiceSpec.of("web", " ", 1))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("image is required");
  }

  @Test
  void rejectsTheSameHostPortPublishedTwice() {
    var port = new PortMapping("http", 80, 8080, Protocol.TCP, PublishMode.HOST);
    var again = new PortMapping("alt", 81, 8080, Protocol.TCP, PublishMode.HOST);
    ServiceSpec base = ServiceSpec.of("web", "nginx", 1);

    assertThatThrownBy(
            () ->
                new ServiceSpec(
                    "web",
                    "nginx",
                    1,
                    base.mode(),
                    base.deployStrategy(),
                    base.updateConfig(),
                    Optional.empty(),
                    base.restartPolicy(),
                    base.resources(),
                    List.of(),
                    List.of(),
                    Map.of(),
                    List.of(),
                    List.of(port, again),
                    10))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("8080/tcp");
  }

  @Test
  void sortsEnvSoEqualSpecsAreEqual() {
    ServiceSpec a = ServiceSpec.of("web", "nginx", 1).withEnv(Map.of("B", "2", "A", "1"));

    assertThat(a.env().keySet()).containsExactly("A", "B");
  }

  @Test
  void rejectsEnvKeysWithEquals() {
    assertThatThrownBy(() -> ServiceSpec.of("web", "nginx", 1).withEnv(Map.of("A=B", "x")))
        .isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void updateKeepsThePreviousSpecAndBumpsTheVersion() {
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    Service service =
        Service.create(ServiceId.random(), ServiceSpec.of("web", "nginx", 1), created);

    Service updated = service.update(service.spec().withReplicas(5), created.plusSeconds(1));

    assertThat(updated.version().value()).isEqualTo(2);
    assertThat(updated.previousSpec()).contains(service.spec());
    assertThat(updated.createdAt()).isEqualTo(created);
    assertThat(updated.updatedAt()).isEqualTo(created.plusSeconds(1));
  }
}
