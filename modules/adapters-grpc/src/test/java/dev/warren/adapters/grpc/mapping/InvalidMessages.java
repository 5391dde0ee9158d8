package dev.warren.adapters.grpc.mapping;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The mapping tests' one way of saying "this message does not make a valid domain value". */
final class InvalidMessages {
  private InvalidMessages() {}

  /** Asserts that {@code mapping} refuses its message; chain the expected message on the result. */
  static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(ThrowingCallable mapping) {
    return assertThatThrownBy(mapping).isInstanceOf(InvalidSpecException.class);
  }
}
