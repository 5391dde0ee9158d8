package dev.warren.testkit.linearizability;

import java.util.List;
import java.util.Objects;

/**
 * Where a history stops being linearizable: in partition {@code key}, no order of the operations
 * that had started by the time {@code offending} was answered explains every answer given up to
 * then, while the operations before {@code offending}'s answer still had one.
 *
 * @param key the partition (the service name)
 * @param offending the operation whose answer no linearization explains
 * @param concurrent the other operations of the key whose intervals overlap {@code offending}'s
 * @param longestLinearization the longest sequence the search could place, each step with the state
 *     it left, up to where it got stuck (the last steps only, for a long one)
 * @param operationsChecked how many operations of the key the failing part holds
 * @param origin the first invocation of the history: the report counts times from it
 */
public record Violation(
    String key,
    Operation offending,
    List<Operation> concurrent,
    List<String> longestLinearization,
    int operationsChecked,
    long origin) {
  public Violation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(offending, "offending");
    concurrent = List.copyOf(concurrent);
    longestLinearization = List.copyOf(longestLinearization);
  }

  /**
   * A few lines a test failure can print as they are; times are counted from the history's first
   * invocation, in its clock's unit (nanoseconds for recorded histories).
   */
  public String explain() {
    var text = new StringBuilder();
    text.append("key '")
        .append(key)
        .append("': no linearization of its first ")
        .append(operationsChecked)
        .append(" operations explains ")
        .append(offending.describe(origin))
        .append('\n');
    text.append("  concurrent with it:");
    if (concurrent.isEmpty()) {
      text.append(" nothing");
    }
    concurrent.forEach(operation -> text.append("\n    ").append(operation.describe(origin)));
    text.append("\n  longest order found (call -> answer => state):");
    if (longestLinearization.isEmpty()) {
      text.append(" none");
    }
    longestLinearization.forEach(step -> text.append("\n    ").append(step));
    return text.toString();
  }

  @Override
  public String toString() {
    return explain();
  }
}
