package dev.warren.adapters.grpc.mapping;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@link Event} to and from the Event message (the id travels as a decimal string), and the
 * StreamEvents request to and from {@link StreamEventsRequest} ({@code after_id} is our optional
 * resume point; unset means live events only).
 */
public final class EventProtoMapper {
  private EventProtoMapper() {}

  public static dev.warren.adapters.grpc.proto.Event toProto(Event event) {
    return dev.warren.adapters.grpc.proto.Event.newBuilder()
        .setId(Long.toString(event.id()))
        .setType(event.type())
        .setTimestamp(TimestampProtoMapper.toProto(event.timestamp()))
        .setMessage(event.message())
        .putAllMetadata(event.metadata())
        .build();
  }

  /**
   * @throws InvalidSpecException if the id is not a positive decimal number or the type is
   *     malformed
   */
  public static Event toDomain(dev.warren.adapters.grpc.proto.Event message) {
    long id;
    try {
      id = Long.parseLong(message.getId());
    } catch (NumberFormatException notANumber) {
      throw new InvalidSpecException(
          "event id "
              + Checks.quote(message.getId())
              + " is invalid: expected a log index (decimal number)");
    }
    return new Event(
        id,
        message.getType(),
        TimestampProtoMapper.toInstant(message.getTimestamp()),
        message.getMessage(),
        message.getMetadataMap());
  }

  /**
   * @throws InvalidSpecException if an event type entry is malformed or {@code after_id} does not
   *     fit a log index
   */
  public static StreamEventsRequest toDomain(
      dev.warren.adapters.grpc.proto.StreamEventsRequest request) {
    var filter = new EventFilter(Set.copyOf(request.getEventTypesList()));
    if (!request.hasAfterId()) {
      return new StreamEventsRequest(filter, OptionalLong.empty());
    }
    long afterId = request.getAfterId();
    if (afterId < 0) {
      throw new InvalidSpecException(
          "after_id " + Long.toUnsignedString(afterId) + " is invalid: larger than any log index");
    }
    return new StreamEventsRequest(filter, OptionalLong.of(afterId));
  }

  public static dev.warren.adapters.grpc.proto.StreamEventsRequest toProto(
      StreamEventsRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.StreamEventsRequest.newBuilder()
            .addAllEventTypes(request.filter().types());
    request.afterId().ifPresent(message::setAfterId);
    return message.build();
  }
}
