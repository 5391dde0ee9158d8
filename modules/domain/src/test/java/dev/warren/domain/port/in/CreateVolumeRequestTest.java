package dev.warren.domain.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateVolumeRequestTest {

  @Test
  void keepsDriverOptionsAndLabelsAsImmutableSortedCopies() {
    var opts = new HashMap<>(Map.of("size", "1g", "mode", "0700"));
    var request = new CreateVolumeRequest("data", "local", opts, Map.of("team", "db"));
    opts.put("extra", "1");

    assertThat(request.driverOpts())
        .containsExactly(Map.entry("mode", "0700"), Map.entry("size", "1g"));
    assertThat(request.labels()).containsExactly(Map.entry("team", "db"));
    assertThatThrownBy(() -> request.labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAnUnknownDriverNamingTheSupportedOne() {
    assertThatThrownBy(() -> new CreateVolumeRequest("data", "nfs", Map.of(), Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("volume driver 'nfs' is not supported: use local");
  }

  @Test
  void refusesAnInvalidNameOrAMissingDriver() {
    assertThatThrownBy(() -> new CreateVolumeRequest("Data!", "local", Map.of(), Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("volume name 'Data!' is invalid");
    assertThatThrownBy(() -> new CreateVolumeRequest("data", " ", Map.of(), Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("volume driver is required");
  }
}
