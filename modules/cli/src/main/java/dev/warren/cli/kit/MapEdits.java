package dev.warren.cli.kit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an update's add and remove options ({@code --label-add K=V}, {@code --label-rm K}, {@code
 * --env}, {@code --env-rm}) make of a map the manager replaces as a whole.
 */
public final class MapEdits {
  private MapEdits() {}

  /** {@code current} without the {@code removed} keys and then with {@code added}, by key. */
  public static Map<String, String> edited(
      Map<String, String> current, Map<String, String> added, List<String> removed) {
    var edited = new TreeMap<>(current);
    removed.forEach(edited::remove);
    edited.putAll(added);
    return edited;
  }
}
