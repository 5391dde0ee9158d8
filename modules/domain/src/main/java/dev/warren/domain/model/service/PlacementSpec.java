package dev.warren.domain.model.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import java.util.HashSet;
import java.util.List;

/**
 * Where a service's replicas may go and how they spread: every constraint must hold on a node, and
 * replicas spread evenly over the values of each label in {@code spreadOver} (in order), then over
 * nodes.
 *
 * @param spreadOver label keys, from {@code --placement-pref spread=node.labels.KEY}
 */
public record PlacementSpec(List<PlacementConstraint> constraints, List<String> spreadOver) {
  /** No constraints, spread over nodes only. */
  public static final PlacementSpec ANYWHERE = new PlacementSpec(List.of(), List.of());

  public static final int MAX_CONSTRAINTS = 32;
  public static final int MAX_PREFERENCES = 8;

  private static final String SPREAD = "spread=node.labels.";

  public PlacementSpec {
    constraints = Checks.list("constraints", constraints);
    Checks.maxCount("constraints", constraints, MAX_CONSTRAINTS);
    spreadOver = Checks.list("placement preferences", spreadOver);
    Checks.maxCount("placement preferences", spreadOver, MAX_PREFERENCES);
    var seen = new HashSet<String>();
    for (String label : spreadOver) {
      if (label.isBlank() || label.length() > 128 || !seen.add(label)) {
        throw new InvalidSpecException(
            "placement preference spread=node.labels."
                + Checks.quote(label)
                + " needs a label key, named once");
      }
    }
  }

  /** Parses constraints and {@code spread=node.labels.KEY} preferences as the CLI writes them. */
  public static PlacementSpec parse(List<String> constraints, List<String> preferences) {
    return new PlacementSpec(
        constraints.stream().map(PlacementConstraint::parse).toList(),
        preferences.stream().map(PlacementSpec::spreadLabel).toList());
  }

  /** The preferences as the CLI writes them. */
  public List<String> preferences() {
    return spreadOver.stream().map(label -> SPREAD + label).toList();
  }

  private static String spreadLabel(String preference) {
    String text = preference.strip();
    if (!text.startsWith(SPREAD) || text.length() == SPREAD.length()) {
      throw new InvalidSpecException(
          "placement preference "
              + Checks.quote(preference)
              + " is not spread=node.labels.KEY (for example spread=node.labels.zone)");
    }
    return text.substring(SPREAD.length());
  }
}
