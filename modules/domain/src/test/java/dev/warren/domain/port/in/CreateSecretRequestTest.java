package dev.warren.domain.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.shared.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CreateSecretRequestTest {

  private static Bytes bytesOfSize(int size) {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) 'x');
    return Bytes.of(content);
  }

  @Test
  void acceptsPayloadsUpToExactly500KiB() {
    var request = new CreateSecretRequest("db-password", bytesOfSize(500 * 1024));

    assertThat(request.data().size()).isEqualTo(Secret.MAX_PLAINTEXT_BYTES);
  }

  @Test
  void refusesAPayloadOverTheLimitNamingTheLimit() {
    assertThatThrownBy(() -> new CreateSecretRequest("big", bytesOfSize(500 * 1024 + 1)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("secret data is 512001 bytes; the limit is 500 KiB (512000 bytes)");
  }

  @Test
  void refusesAnEmptyPayload() {
    assertThatThrownBy(() -> new CreateSecretRequest("empty", Bytes.empty()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("secret data is empty");
  }

  @Test
  void refusesAnInvalidName() {
    assertThatThrownBy(() -> new CreateSecretRequest("DB_Password", bytesOfSize(1)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("secret name 'DB_Password' is invalid");
  }

  @Test
  void itsStringFormShowsTheSizeButNeverThePayload() {
    var request =
        new CreateSecretRequest("token", Bytes.of("hunter2".getBytes(StandardCharsets.UTF_8)));

    assertThat(request.toString()).contains("token", "Bytes[7]").doesNotContain("hunter2");
  }
}
