package dev.warren.bootstrap;

import dev.warren.bootstrap.cli.WarrenCli;
import dev.warren.bootstrap.di.DaggerCliComponent;

/** The {@code warren} executable. */
public final class Main {
  /** SLF4J's own diagnostics; see {@link #main}. */
  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  private Main() {}

  public static void main(String[] args) {
    // gRPC's shaded Netty probes SLF4J, which finds no logging backend (none is chosen yet) and
    // says so in three lines on stderr of every command; errors are one line, so quiet it unless
    // the user asked for more with -Dslf4j.internal.verbosity.
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    int exitCode = WarrenCli.create(DaggerCliComponent.create().commandFactory()).execute(args);
    System.exit(exitCode);
  }
}
