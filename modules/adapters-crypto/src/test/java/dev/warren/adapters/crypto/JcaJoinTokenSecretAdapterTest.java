package dev.warren.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JcaJoinTokenSecretAdapterTest {
  private final JcaJoinTokenSecretAdapter secrets = new JcaJoinTokenSecretAdapter();

  @Test
  void secretsAre160BitsOfLowercaseBase32() {
    String secret = secrets.newSecret();

    assertThat(secret).hasSize(32).matches("[a-z2-7]{32}");
    assertThat(JcaJoinTokenSecretAdapter.SECRET_BITS).isGreaterThanOrEqualTo(128);
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(secrets.newSecret());
    }

    assertThat(seen).hasSize(1000);
  }

  @Test
  void everyBitOfTheRandomBytesReachesTheSecret() {
    var allOnes =
        new JcaJoinTokenSecretAdapter(
            new java.security.SecureRandom() {
              private static final long serialVersionUID = 1L;

              @Override
              public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xff);
              }
            });

    assertThat(allOnes.newSecret()).isEqualTo("7".repeat(32));
  }

  @Test
  void hashIsSha256HexAndDeterministic() {
    // SHA-256 of "abc", from FIPS 180-2.
    assertThat(secrets.hash("abc"))
        .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(secrets.hash("abc")).isEqualTo(secrets.hash("abc"));
    assertThat(secrets.hash("abd")).isNotEqualTo(secrets.hash("abc"));
  }
}
