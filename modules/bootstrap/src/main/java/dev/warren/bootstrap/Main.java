package dev.warren.bootstrap;

import dev.warren.bootstrap.cli.WarrenCommand;
import picocli.CommandLine;

/** Placeholder entry point so the build and the jlink image have something to run. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new WarrenCommand()).execute(args));
  }
}
