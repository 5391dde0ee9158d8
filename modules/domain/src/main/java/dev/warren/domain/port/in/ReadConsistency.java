package dev.warren.domain.port.in;

/** How fresh a read must be: linearizable (the default) or whatever this manager has applied. */
public enum ReadConsistency {
  LINEARIZABLE,
  LOCAL
}
