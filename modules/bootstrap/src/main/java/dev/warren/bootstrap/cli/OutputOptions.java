package dev.warren.bootstrap.cli;

import picocli.CommandLine.Option;

/** {@code --output table|json} and {@code -q} for commands that print objects. */
public final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: table or json (default: table).")
  OutputFormat format;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only ids.")
  boolean quiet;

  public OutputFormat format() {
    return format;
  }

  public boolean quiet() {
    return quiet;
  }
}
