package dev.warren.adapters.grpc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampProtoMapperTest {

  @Test
  void instantsRoundTripToTheNanosecond() {
    Instant instant = Instant.parse("2026-11-25T10:15:30.123456789Z");

    Timestamp proto = TimestampProtoMapper.toProto(instant);

    assertThat(proto.getSeconds()).isEqualTo(instant.getEpochSecond());
    assertThat(proto.getNanos()).isEqualTo(123_456_789);
    assertThat(TimestampProtoMapper.toInstant(proto)).isEqualTo(instant);
  }

  @Test
  void instantsBeforeTheEpochKeepPositiveNanos() {
    Instant instant = Instant.parse("1969-12-31T23:59:59.250Z");

    Timestamp proto = TimestampProtoMapper.toProto(instant);

    assertThat(proto.getSeconds()).isEqualTo(-1);
    assertThat(proto.getNanos()).isEqualTo(250_000_000);
    assertThat(TimestampProtoMapper.toInstant(proto)).isEqualTo(instant);
  }
}
