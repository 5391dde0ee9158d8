package dev.warren.adapters.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.codec.DomainCodec;
import dev.warren.domain.model.shared.Version;
import java.util.Arrays;
import java.util.HexFormat;
import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import org.junit.jupiter.api.Test;

/**
 * The store's keys, numbers and values as bytes, pinned: data directories written by earlier
 * releases must still be read. The values' own format is pinned by the codec's golden tests.
 */
class StoredBytesTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void keysAreTheirUtf8BytesThenAZero() {
    assertThat(hex(StoredBytes.key("svc-1"))).isEqualTo("7376632d3100");
    assertThat(StoredBytes.string(bytes("7376632d3100"))).isEqualTo("svc-1");
  }

  @Test
  void theAppliedIndexIsACompressedLong() {
    assertThat(hex(StoredBytes.number(300))).isEqualTo("112c");
    assertThat(StoredBytes.number(bytes("112c"))).isEqualTo(300);
  }

  @Test
  void valuesAreExactlyTheCodecBytes() {
    assertThat(hex(StoredBytes.entity(new Version(5))))
        .isEqualTo(HEX.formatHex(DomainCodec.encode(new Version(5))));
  }

  private static String hex(ByteIterable entry) {
    return HEX.formatHex(Arrays.copyOf(entry.getBytesUnsafe(), entry.getLength()));
  }

  private static ByteIterable bytes(String hex) {
    return new ArrayByteIterable(HEX.parseHex(hex));
  }
}
