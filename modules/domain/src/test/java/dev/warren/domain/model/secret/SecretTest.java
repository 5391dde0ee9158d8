package dev.warren.domain.model.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.shared.Bytes;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void metadataIsEverythingButThePayload() {
    var createdAt = Instant.parse("2026-01-01T00:00:00Z");
    var secret =
        new Secret(
            SecretId.of("sec-1"),
            "db-password",
            createdAt,
            new SealedData("key-1", Bytes.of(new byte[] {1, 2, 3})));

    assertThat(secret.metadata())
        .isEqualTo(new SecretMetadata(SecretId.of("sec-1"), "db-password", createdAt));
  }
}
