package dev.warren.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine.IFactory;

/** One run of the {@code warren} command line with its output captured. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun execute(IFactory factory, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int exitCode =
        WarrenCli.create(factory, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
