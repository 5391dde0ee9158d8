package dev.warren.adapters.runtime.containerd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OciSpecTest {
  private static final ImageConfig IMAGE =
      new ImageConfig(
          List.of("/entry"),
          List.of("--serve"),
          List.of("PATH=/usr/bin", "MODE=image", "EMPTY="),
          "/srv",
          "1000:50",
          List.of("sha256:aa"));

  @Test
  void theServicesCommandReplacesTheImagesCmdAfterItsEntrypoint() {
    assertThat(OciSpec.args(IMAGE, List.of(), "app")).containsExactly("/entry", "--serve");
    assertThat(OciSpec.args(IMAGE, List.of("--check"), "app")).containsExactly("/entry", "--check");
  }

  @Test
  void anImageWithoutACommandNeedsOneFromTheService() {
    var bare = new ImageConfig(List.of(), List.of(), List.of(), "", "", List.of());

    assertThatThrownBy(() -> OciSpec.args(bare, List.of(), "scratch-app"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("scratch-app")
        .hasMessageContaining("add one");
  }

  @Test
  void theServicesVariablesOverrideTheImagesInTheirPlace() {
    assertThat(OciSpec.env(IMAGE, Map.of("MODE", "service", "EXTRA", "1")))
        .containsExactly("PATH=/usr/bin", "MODE=service", "EMPTY=", "EXTRA=1");
  }

  @Test
  void numericUsersAreTakenAndNamesOtherThanRootRefused() {
    assertThat(OciSpec.user("1000:50", "app")).containsExactly(1000, 50);
    assertThat(OciSpec.user("", "app")).containsExactly(0, 0);
    assertThat(OciSpec.user("root", "app")).containsExactly(0, 0);
    assertThatThrownBy(() -> OciSpec.user("nginx", "app"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("numeric");
  }

  @Test
  void theSpecSharesTheHostNetworkMountsReadOnlyWhereAskedAndCarriesTheLimits() {
    JsonObject spec =
        OciSpec.spec(
            OciSpec.process(List.of("sh"), List.of("A=1"), "/srv", 1000, 50),
            List.of(
                new OciSpec.Bind("/host/secret", "/run/secrets/s", true),
                new OciSpec.Bind("/host/data", "/data", false)),
            new Resources(512, 64L << 20, 32L << 20),
            "/warren/c1");

    JsonObject linux = spec.getAsJsonObject("linux");
    assertThat(linux.getAsJsonArray("namespaces").toString())
        .doesNotContain("network")
        .contains("pid", "mount");
    assertThat(linux.get("cgroupsPath").getAsString()).isEqualTo("/warren/c1");
    JsonObject resources = linux.getAsJsonObject("resources");
    assertThat(resources.getAsJsonObject("memory").get("limit").getAsLong()).isEqualTo(64L << 20);
    assertThat(resources.getAsJsonObject("memory").get("reservation").getAsLong())
        .isEqualTo(32L << 20);
    assertThat(resources.getAsJsonObject("cpu").get("shares").getAsLong()).isEqualTo(512);
    String mounts = spec.getAsJsonArray("mounts").toString();
    assertThat(mounts)
        .contains(
            "{\"destination\":\"/run/secrets/s\",\"type\":\"bind\",\"source\":\"/host/secret\",\"options\":[\"rbind\",\"ro\"]}",
            "{\"destination\":\"/data\",\"type\":\"bind\",\"source\":\"/host/data\",\"options\":[\"rbind\",\"rw\"]}");
    JsonObject process = spec.getAsJsonObject("process");
    assertThat(process.getAsJsonObject("user").get("uid").getAsLong()).isEqualTo(1000);
    assertThat(process.get("cwd").getAsString()).isEqualTo("/srv");
    assertThat(process.getAsJsonObject("capabilities").getAsJsonArray("effective"))
        .hasSize(OciSpec.DEFAULT_CAPABILITIES.size());
  }

  @Test
  void theChainIdOfLayersFollowsTheOciImageSpec() {
    var config =
        new ImageConfig(List.of(), List.of(), List.of(), "", "", List.of("sha256:aa", "sha256:bb"));

    assertThat(config.chainIds())
        .containsExactly("sha256:aa", Digests.sha256("sha256:aa sha256:bb"));
    assertThat(config.chainId()).isEqualTo(Digests.sha256("sha256:aa sha256:bb"));
  }
}
