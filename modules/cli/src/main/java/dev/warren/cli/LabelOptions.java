package dev.warren.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code -l/--label KEY=VALUE}, repeatable, for commands that create a labelled object. */
public final class LabelOptions {

  @Option(
      names = {"-l", "--label"},
      paramLabel = "KEY=VALUE",
      description = "A label; repeatable.")
  Map<String, String> labels = new LinkedHashMap<>();

  /** The labels given, in the order given. */
  public Map<String, String> labels() {
    return labels;
  }
}
