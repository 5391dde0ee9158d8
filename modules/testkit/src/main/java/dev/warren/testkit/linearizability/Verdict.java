package dev.warren.testkit.linearizability;

import java.util.Objects;

/** What the checker concluded about a history. */
public sealed interface Verdict {

  /** Every partition has a linearization. */
  record Linearizable(int partitions, int operations) implements Verdict {
    @Override
    public String toString() {
      return "linearizable: " + operations + " operations on " + partitions + " keys";
    }
  }

  /** Some partition has none; {@code violation} shows the smallest part of it found to fail. */
  record NotLinearizable(Violation violation) implements Verdict {
    public NotLinearizable {
      Objects.requireNonNull(violation, "violation");
    }

    @Override
    public String toString() {
      return "NOT linearizable: " + violation.explain();
    }
  }

  /**
   * The search ran out of its budget before it decided: neither a pass nor a failure. A test must
   * treat this as a failure to check, with a smaller history or a larger budget.
   */
  record Unknown(String reason) implements Verdict {
    public Unknown {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return "unknown (not checked): " + reason;
    }
  }
}
