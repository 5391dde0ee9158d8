package dev.warren.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytesTest {

  @Test
  void isImmutableAgainstTheCallersArray() {
    byte[] raw = {1, 2, 3};
    Bytes bytes = Bytes.of(raw);
    raw[0] = 9;
    bytes.toArray()[1] = 9;

    assertThat(bytes.toArray()).containsExactly(1, 2, 3);
  }

  @Test
  void comparesByContent() {
    assertThat(Bytes.of(new byte[] {1})).isEqualTo(Bytes.of(new byte[] {1}));
    assertThat(Bytes.of(new byte[] {1})).isNotEqualTo(Bytes.of(new byte[] {2}));
  }

  @Test
  void neverPrintsItsContent() {
    assertThat(Bytes.of("hunter2".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .hasToString("Bytes[7]");
  }
}
