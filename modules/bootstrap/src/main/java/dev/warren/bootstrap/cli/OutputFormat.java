package dev.warren.bootstrap.cli;

/** How a client command prints what it got. */
public enum OutputFormat {
  TABLE,
  JSON,
  YAML
}
