package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventProtoMapperTest {
  private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456789Z");
  private static final Event EVENT =
      new Event(
          1_234_567_890_123L,
          "service.created",
          AT,
          "service web created",
          Map.of("service_id", "svc-1", "service_name", "web"));

  @Test
  void everyFieldOfAnEventIsMappedWithTheIdAsADecimalString() {
    var proto = EventProtoMapper.toProto(EVENT);

    assertThat(proto.getId()).isEqualTo("1234567890123");
    assertThat(proto.getType()).isEqualTo("service.created");
    assertThat(TimestampProtoMapper.toInstant(proto.getTimestamp())).isEqualTo(AT);
    assertThat(proto.getMessage()).isEqualTo("service web created");
    assertThat(proto.getMetadataMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("service_id", "svc-1", "service_name", "web"));
    assertThat(EventProtoMapper.toDomain(proto)).isEqualTo(EVENT);
  }

  @Test
  void anEventIdThatIsNotALogIndexIsRefused() {
    var proto = EventProtoMapper.toProto(EVENT).toBuilder().setId("abc").build();

    assertInvalid(() -> EventProtoMapper.toDomain(proto))
        .hasMessageContaining("event id 'abc' is invalid");
  }

  @Test
  void aRequestWithoutAfterIdFollowsLiveEventsOnly() {
    var proto =
        dev.warren.adapters.grpc.proto.StreamEventsRequest.newBuilder()
            .addEventTypes("service")
            .addEventTypes("node.registered")
            .build();

    StreamEventsRequest request = EventProtoMapper.toDomain(proto);

    assertThat(request.filter()).isEqualTo(new EventFilter(Set.of("service", "node.registered")));
    assertThat(request.afterId()).isEmpty();
    assertThat(EventProtoMapper.toProto(request).hasAfterId()).isFalse();
  }

  @Test
  void anAfterIdOfZeroIsAResumeFromTheOldestRetainedEvent() {
    var proto =
        dev.warren.adapters.grpc.proto.StreamEventsRequest.newBuilder().setAfterId(0).build();

    StreamEventsRequest request = EventProtoMapper.toDomain(proto);

    assertThat(request).isEqualTo(new StreamEventsRequest(EventFilter.ALL, OptionalLong.of(0)));
    assertThat(EventProtoMapper.toProto(request)).isEqualTo(proto);
  }

  @Test
  void requestsRoundTrip() {
    var request = StreamEventsRequest.resume(EventFilter.of("service.deleted"), 42);

    assertThat(EventProtoMapper.toDomain(EventProtoMapper.toProto(request))).isEqualTo(request);
  }

  @Test
  void anAfterIdBeyondAnyLogIndexOrAMalformedTypeIsRefused() {
    var tooLarge =
        dev.warren.adapters.grpc.proto.StreamEventsRequest.newBuilder().setAfterId(-1L).build();
    var malformed =
        dev.warren.adapters.grpc.proto.StreamEventsRequest.newBuilder()
            .addEventTypes("Service!")
            .build();

    assertInvalid(() -> EventProtoMapper.toDomain(tooLarge))
        .hasMessageContaining("after_id 18446744073709551615 is invalid");
    assertInvalid(() -> EventProtoMapper.toDomain(malformed)).hasMessageContaining("'Service!'");
  }
}
