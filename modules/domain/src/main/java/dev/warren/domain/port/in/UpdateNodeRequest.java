package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Change what an operator owns of a node: its availability (empty: unchanged) and its labels (added
 * or replaced, then removed by key).
 */
public record UpdateNodeRequest(
    NodeId id,
    Optional<NodeAvailability> availability,
    Map<String, String> labelsToAdd,
    List<String> labelsToRemove) {
  public UpdateNodeRequest {
    Checks.notNull("node id", id);
    Checks.notNull("availability", availability);
    labelsToAdd = Checks.map("labels to add", labelsToAdd);
    InputLimits.labels("labels to add", labelsToAdd);
    labelsToRemove = Checks.list("labels to remove", labelsToRemove);
    for (String key : labelsToRemove) {
      if (labelsToAdd.containsKey(key)) {
        throw new InvalidSpecException(
            "label " + Checks.quote(key) + " is both added and removed; name it once");
      }
    }
  }
}
