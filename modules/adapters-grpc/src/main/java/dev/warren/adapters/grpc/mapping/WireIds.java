package dev.warren.adapters.grpc.mapping;

import dev.warren.domain.error.InvalidSpecException;
import java.util.function.Function;

/** Resource ids as they arrive on the wire, where proto3's "" means the caller gave none. */
final class WireIds {
  private WireIds() {}

  /**
   * {@code id} parsed by {@code parse}.
   *
   * @throws InvalidSpecException naming the {@code noun}'s id when {@code id} is empty
   */
  static <T> T required(String noun, String id, Function<String, T> parse) {
    if (id.isEmpty()) {
      throw new InvalidSpecException(noun + " id is required");
    }
    return parse.apply(id);
  }
}
