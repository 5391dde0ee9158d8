package dev.warren.adapters.grpc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

/** The mapping tests' one way of saying "this value survives the wire both ways". */
final class RoundTrips {
  private RoundTrips() {}

  /**
   * Asserts that {@code toDomain} gives {@code value} back from what {@code toProto} made of it,
   * and returns that message for the test's checks of its fields.
   */
  static <D, P> P roundTrip(D value, Function<D, P> toProto, Function<P, D> toDomain) {
    P message = toProto.apply(value);
    assertThat(toDomain.apply(message)).isEqualTo(value);
    return message;
  }
}
