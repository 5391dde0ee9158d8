package dev.warren.domain.port.in;

import dev.warren.domain.error.ErrorKind;

/** What applying one committed change did; travels back to the proposer as data. */
public sealed interface ApplyOutcome {

  long logIndex();

  /** The change is now part of the state. */
  record Applied(long logIndex) implements ApplyOutcome {}

  /** The change broke a rule on the state it met (name taken, version moved); nothing changed. */
  record Rejected(long logIndex, ErrorKind kind, String message) implements ApplyOutcome {}

  /** The entry was applied before (replay after a restart); nothing was done again. */
  record AlreadyApplied(long logIndex) implements ApplyOutcome {}
}
