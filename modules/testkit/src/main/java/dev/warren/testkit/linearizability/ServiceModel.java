package dev.warren.testkit.linearizability;

import java.util.Optional;

/**
 * Services by name, each partition one name, its state the service's version (0 while it does not
 * exist): create makes version 1, an update with the current version as its expected one adds one,
 * a read returns the version.
 */
public final class ServiceModel implements Model<Long> {
  private static final long ABSENT = 0;

  @Override
  public String partition(Call call) {
    return call.name();
  }

  @Override
  public Long initial() {
    return ABSENT;
  }

  @Override
  public Optional<Long> step(Long state, Call call, Outcome outcome) {
    long version = state;
    long next;
    Outcome answer;
    switch (call) {
      case Call.Create create -> {
        next = version == ABSENT ? 1 : version;
        answer = version == ABSENT ? Outcome.ok(1) : Outcome.failed(Failure.EXISTS);
      }
      case Call.Update update -> {
        if (version == ABSENT) {
          next = version;
          answer = Outcome.failed(Failure.NOT_FOUND);
        } else if (version != update.expectedVersion()) {
          next = version;
          answer = Outcome.failed(Failure.VERSION_MISMATCH);
        } else {
          next = version + 1;
          answer = Outcome.ok(next);
        }
      }
      case Call.Get get -> {
        next = version;
        answer = version == ABSENT ? Outcome.failed(Failure.NOT_FOUND) : Outcome.ok(version);
      }
    }
    if (outcome instanceof Outcome.Unknown || outcome.equals(answer)) {
      return Optional.of(next);
    }
    return Optional.empty();
  }
}
