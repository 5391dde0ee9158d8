package dev.warren.adapters.grpc.mapping;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** {@link Instant} to and from {@code google.protobuf.Timestamp}, to the nanosecond. */
public final class TimestampProtoMapper {
  private TimestampProtoMapper() {}

  public static Timestamp toProto(Instant instant) {
    return Timestamp.newBuilder()
        .setSeconds(instant.getEpochSecond())
        .setNanos(instant.getNano())
        .build();
  }

  /** An unset timestamp arrives as the default message and maps to the epoch. */
  public static Instant toInstant(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }
}
