package dev.warren.testkit.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The operations concurrent clients made, in any order; times say what overlapped. */
public record History(List<Operation> operations) {
  public History {
    operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
  }

  /** Collects operations from several client threads. */
  public static final class Builder {
    private final List<Operation> operations = new ArrayList<>();

    /** Adds {@code operation}; thread-safe. */
    public synchronized Builder add(Operation operation) {
      operations.add(Objects.requireNonNull(operation, "operation"));
      return this;
    }

    /** The operations added so far. */
    public synchronized History build() {
      return new History(operations);
    }
  }

  /** How many operations got no answer. */
  public long unknownCount() {
    return operations.stream().filter(operation -> !operation.answered()).count();
  }
}
