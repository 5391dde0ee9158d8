package dev.warren.testkit.linearizability;

import java.util.Optional;

/**
 * The sequential specification a history is checked against: a state per partition and what each
 * call does to it.
 *
 * @param <S> the state of one partition; an immutable value with {@code equals} and {@code
 *     hashCode}, since the search remembers the states it has visited
 */
public interface Model<S> {

  /** The partition a call belongs to; calls of different partitions never affect each other. */
  String partition(Call call);

  /** The state of a partition before any call. */
  S initial();

  /**
   * The state after {@code call} is applied to {@code state} and answers {@code outcome}, or empty
   * if the call could not have answered that in that state. For an {@link Outcome.Unknown} outcome
   * this is never empty: the call took effect, whatever it would have answered.
   */
  Optional<S> step(S state, Call call, Outcome outcome);
}
