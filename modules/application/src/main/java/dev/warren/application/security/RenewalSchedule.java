package dev.warren.application.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to renew a certificate: at a uniformly random point between 50 % and 80 % of its life, so
 * the nodes of a cluster that were certified together do not all renew at the same moment, and a
 * failed renewal leaves a fifth of the life to retry in.
 */
public final class RenewalSchedule {
  /** The earliest renewal point, as a fraction of the life. */
  public static final double EARLIEST = 0.5;

  /** The latest renewal point, as a fraction of the life. */
  public static final double LATEST = 0.8;

  private RenewalSchedule() {}

  /**
   * The instant to renew a certificate valid from {@code notBefore} to {@code notAfter}, drawn from
   * {@code random}; always within [notBefore + 50 % of the life, notBefore + 80 %].
   *
   * @throws IllegalArgumentException if {@code notAfter} is not after {@code notBefore}
   */
  public static Instant renewAt(Instant notBefore, Instant notAfter, RandomGenerator random) {
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(random, "random");
    if (!notAfter.isAfter(notBefore)) {
      throw new IllegalArgumentException(
          "a certificate's life must be positive: " + notBefore + " to " + notAfter);
    }
    long lifeMillis = Duration.between(notBefore, notAfter).toMillis();
    long earliest = (long) (lifeMillis * EARLIEST);
    long latest = (long) (lifeMillis * LATEST);
    long offset = earliest == latest ? earliest : random.nextLong(earliest, latest + 1);
    return notBefore.plusMillis(offset);
  }
}
