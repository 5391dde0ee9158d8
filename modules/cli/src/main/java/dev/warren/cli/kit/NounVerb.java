package dev.warren.cli.kit;

/** A generic verb ({@code ls}, {@code inspect}, {@code rm}) that serves whichever noun binds it. */
interface NounVerb {

  /** Called once, while the command line is built, by {@link NounVerbs}. */
  void bind(Noun<?> noun);

  /** Whether {@link #bind} was called. */
  boolean isBound();

  /**
   * Whether the verb takes references: none ({@code ls}), exactly one ({@code inspect}) or one or
   * more ({@code rm}).
   */
  Arity references();

  /** How many references a verb takes. */
  enum Arity {
    NONE,
    ONE,
    MANY
  }
}
