package dev.warren.bootstrap;

import dev.warren.cli.WarrenCli;
import dev.warren.bootstrap.di.DaggerCliComponent;

/** The {@code warren} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exitCode = WarrenCli.create(DaggerCliComponent.create().commandFactory()).execute(args);
    System.exit(exitCode);
  }
}
