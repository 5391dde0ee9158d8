package dev.warren.cli;

import dev.warren.cli.kit.MapEdits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --label-add KEY=VALUE} and {@code --label-rm KEY}, repeatable, for commands that change
 * the labels of an existing object ({@code node update}, {@code ingress update}).
 */
public final class LabelEditOptions {

  @Option(
      names = "--label-add",
      paramLabel = "KEY=VALUE",
      description = "Add or change a label; repeatable.")
  Map<String, String> added = new LinkedHashMap<>();

  @Option(names = "--label-rm", paramLabel = "KEY", description = "Remove a label; repeatable.")
  List<String> removed = new ArrayList<>();

  /** Whether either option was given. */
  public boolean given() {
    return !added.isEmpty() || !removed.isEmpty();
  }

  /** The labels to add or change, in the order given. */
  public Map<String, String> added() {
    return added;
  }

  /** The label keys to remove, in the order given. */
  public List<String> removed() {
    return removed;
  }

  /** {@code current} with the given labels removed and added. */
  public Map<String, String> edited(Map<String, String> current) {
    return MapEdits.edited(current, added, removed);
  }
}
