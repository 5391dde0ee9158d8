package dev.warren.cli.kit;

/** A generic verb bound to one noun; {@link ReferenceParameters} reads it. */
interface NounVerb {
  Noun<?> noun();

  /** Whether the verb takes one or more references ({@code rm}) or exactly one. */
  boolean takesMany();
}
