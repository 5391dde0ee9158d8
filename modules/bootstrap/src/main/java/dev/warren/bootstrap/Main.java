package dev.warren.bootstrap;

import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.cli.WarrenCli;

/** The {@code warren} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exitCode =
        WarrenCli.forArguments(DaggerCliComponent.create().commandFactory(), args).execute(args);
    System.exit(exitCode);
  }
}
