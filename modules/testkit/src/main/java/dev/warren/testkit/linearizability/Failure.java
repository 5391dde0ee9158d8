package dev.warren.testkit.linearizability;

/** A definite refusal: the call was decided and changed nothing. */
public enum Failure {
  /** A create found the name taken. */
  EXISTS,
  /** An update or a read found no service of that name. */
  NOT_FOUND,
  /** An update found the service at another version than it expected. */
  VERSION_MISMATCH
}
