package dev.warren.cli;

/** How a client command prints what it got. */
public enum OutputFormat {
  TABLE,
  JSON,
  YAML
}
