package dev.warren.adapters.raft.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.service.ServiceId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The framing of a log entry is pinned like the codec bytes inside it (see the codec's tests). */
class LogEntryCodecTest {
  /**
   * Entry format 1, codec format 1, tag "ServiceDeleted" (14 bytes), then the id "svc-1" (5 bytes):
   * what entries written before codec format 2 look like in Raft logs.
   */
  private static final String SERVICE_DELETED_CODEC_V1 =
      "01" + "01" + "0e" + "5365727669636544656c65746564" + "05" + "7376632d31";

  /** The same entry as written before codec format 3: entry format 1, codec format 2. */
  private static final String SERVICE_DELETED_CODEC_V2 =
      "01" + "02" + "0e" + "5365727669636544656c65746564" + "05" + "7376632d31";

  /** The same entry as this build writes it: entry format 1, codec format 3. */
  private static final String SERVICE_DELETED =
      "01" + "03" + "0e" + "5365727669636544656c65746564" + "05" + "7376632d31";

  @Test
  void anEntryIsItsFormatByteThenTheCodecBytesOfTheChange() {
    StateChange change = new ServiceDeleted(ServiceId.of("svc-1"));

    assertThat(HexFormat.of().formatHex(LogEntryCodec.encode(change))).isEqualTo(SERVICE_DELETED);
    assertThat(LogEntryCodec.decode(HexFormat.of().parseHex(SERVICE_DELETED))).isEqualTo(change);
    assertThat(LogEntryCodec.decode(HexFormat.of().parseHex(SERVICE_DELETED_CODEC_V1)))
        .isEqualTo(change);
    assertThat(LogEntryCodec.decode(HexFormat.of().parseHex(SERVICE_DELETED_CODEC_V2)))
        .isEqualTo(change);
  }

  @Test
  void anEntryOfAnUnknownFormatIsRefused() {
    byte[] entry = HexFormat.of().parseHex(SERVICE_DELETED);
    entry[0] = 2;

    assertThatThrownBy(() -> LogEntryCodec.decode(entry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown format 2");
    assertThatThrownBy(() -> LogEntryCodec.decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
