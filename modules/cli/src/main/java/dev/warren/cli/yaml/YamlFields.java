package dev.warren.cli.yaml;

import dev.warren.domain.error.InvalidSpecException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read by name and type. Every failure is an {@link
 * InvalidSpecException} whose message starts with where it is ({@code app.yaml, document 2, line
 * 7}) and names the field by its path ({@code ports[0].containerPort}), so a user can fix it.
 *
 * <p>A field that is absent or {@code null} takes the default. String fields accept any scalar
 * ({@code tag: 1.27} is the string {@code "1.27"}); numbers must be decimal integers and booleans
 * YAML booleans. Call {@link #rejectUnknown()} after reading every field a reader knows: any other
 * field is an error listing the known ones. Not thread-safe (it records what was read).
 */
public final class YamlFields {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Set<String> TRUE = Set.of("true", "yes", "on");

  private final YamlDocuments.Document document;
  private final String path;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> known = new LinkedHashSet<>();

  private YamlFields(YamlDocuments.Document document, String path, MappingNode node) {
    this.document = document;
    this.path = path;
    this.node = node;
    for (NodeTuple entry : node.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
        throw problemAt(entry.getKeyNode(), "field names must be plain strings");
      }
      if (entries.put(key.getValue(), entry) != null) {
        throw problemAt(key, "field '" + qualified(key.getValue()) + "' appears twice");
      }
    }
  }

  static YamlFields root(YamlDocuments.Document document) {
    if (!(document.root() instanceof MappingNode mapping)) {
      throw new InvalidSpecException(
          where(document, document.root()) + ": expected a mapping of fields such as 'kind: ...'");
    }
    return new YamlFields(document, "", mapping);
  }

  /** Where this mapping starts, e.g. {@code app.yaml, document 2, line 7}. */
  public String location() {
    return where(document, node);
  }

  /** Whether the field is present and not {@code null}. */
  public boolean has(String name) {
    known.add(name);
    return value(name).isPresent();
  }

  /** A scalar field as text. */
  public Optional<String> string(String name) {
    return value(name).map(value -> scalar(name, value).getValue());
  }

  /** A scalar field as text that must be present. */
  public String requiredString(String name) {
    return string(name).orElseThrow(() -> problem(name, "is required"));
  }

  public int integer(String name, int fallback) {
    long value = longInteger(name, fallback);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw problem(name, "is out of range: " + value);
    }
    return (int) value;
  }

  public long longInteger(String name, long fallback) {
    Optional<Node> found = value(name);
    if (found.isEmpty()) {
      return fallback;
    }
    ScalarNode scalar = scalar(name, found.get());
    String text = scalar.getValue();
    if (!scalar.getTag().equals(Tag.INT) || !DECIMAL.matcher(text).matches()) {
      throw problemAt(
          scalar, "field '" + qualified(name) + "' must be a whole number, got '" + text + "'");
    }
    try {
      return Long.parseLong(text.replace("_", "").replace("+", ""));
    } catch (NumberFormatException tooLarge) {
      throw problemAt(scalar, "field '" + qualified(name) + "' is out of range: " + text);
    }
  }

  public boolean bool(String name, boolean fallback) {
    Optional<Node> found = value(name);
    if (found.isEmpty()) {
      return fallback;
    }
    ScalarNode scalar = scalar(name, found.get());
    if (!scalar.getTag().equals(Tag.BOOL)) {
      throw problemAt(
          scalar,
          "field '" + qualified(name) + "' must be true or false, got '" + scalar.getValue() + "'");
    }
    return TRUE.contains(scalar.getValue().toLowerCase(Locale.ROOT));
  }

  /** A sequence of scalars as texts; absent is empty. */
  public List<String> strings(String name) {
    List<Node> items = sequence(name);
    var texts = new ArrayList<String>(items.size());
    for (int i = 0; i < items.size(); i++) {
      texts.add(scalar(name + "[" + i + "]", items.get(i)).getValue());
    }
    return List.copyOf(texts);
  }

  /**
   * A sequence whose items are single values or mappings (a short and a long form of the same
   * thing), each read by its function; absent is empty.
   */
  public <T> List<T> items(
      String name, Function<String, T> fromText, Function<YamlFields, T> fromMapping) {
    List<Node> items = sequence(name);
    var read = new ArrayList<T>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String item = name + "[" + i + "]";
      read.add(
          items.get(i) instanceof MappingNode
              ? fromMapping.apply(mapping(item, items.get(i)))
              : fromText.apply(scalar(item, items.get(i)).getValue()));
    }
    return List.copyOf(read);
  }

  /** A mapping of scalars to scalars as texts, keys sorted; absent is empty. */
  public Map<String, String> stringMap(String name) {
    var map = new TreeMap<String, String>();
    Optional<YamlFields> nested = object(name);
    if (nested.isPresent()) {
      YamlFields fields = nested.get();
      for (String key : fields.entries.keySet()) {
        map.put(key, fields.requiredString(key));
      }
    }
    return map;
  }

  /** A nested mapping. */
  public Optional<YamlFields> object(String name) {
    return value(name).map(value -> mapping(name, value));
  }

  /** A sequence of mappings; absent is empty. */
  public List<YamlFields> objects(String name) {
    List<Node> items = sequence(name);
    var objects = new ArrayList<YamlFields>(items.size());
    for (int i = 0; i < items.size(); i++) {
      objects.add(mapping(name + "[" + i + "]", items.get(i)));
    }
    return List.copyOf(objects);
  }

  /**
   * Runs {@code constructor} (a domain record's, which validates) and reports its {@link
   * InvalidSpecException} at this mapping's location. Read nested fields before, not inside it.
   */
  public <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidSpecException invalid) {
      String prefix = path.isEmpty() ? "" : path + ": ";
      throw new InvalidSpecException(location() + ": " + prefix + invalid.getMessage(), invalid);
    }
  }

  /**
   * @throws InvalidSpecException naming the first field that no reader asked for, and the known
   *     ones
   */
  public void rejectUnknown() {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!known.contains(entry.getKey())) {
        throw problemAt(
            entry.getValue().getKeyNode(),
            "unknown field '"
                + qualified(entry.getKey())
                + "'"
                + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
      }
    }
  }

  /** A problem with one field, at the field's line (or this mapping's, if absent). */
  public InvalidSpecException problem(String name, String message) {
    NodeTuple entry = entries.get(name);
    Node at = entry == null ? node : entry.getValueNode();
    return problemAt(at, "field '" + qualified(name) + "' " + message);
  }

  private Optional<Node> value(String name) {
    known.add(name);
    NodeTuple entry = entries.get(name);
    if (entry == null
        || (entry.getValueNode() instanceof ScalarNode scalar
            && scalar.getTag().equals(Tag.NULL))) {
      return Optional.empty();
    }
    return Optional.of(entry.getValueNode());
  }

  private ScalarNode scalar(String name, Node value) {
    if (!(value instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
      throw problemAt(value, "field '" + qualified(name) + "' must be a single value");
    }
    return scalar;
  }

  private List<Node> sequence(String name) {
    Optional<Node> found = value(name);
    if (found.isEmpty()) {
      return List.of();
    }
    if (!(found.get() instanceof SequenceNode sequence)) {
      throw problemAt(found.get(), "field '" + qualified(name) + "' must be a list");
    }
    return sequence.getValue();
  }

  private YamlFields mapping(String name, Node value) {
    if (!(value instanceof MappingNode mapping)) {
      throw problemAt(value, "field '" + qualified(name) + "' must be a mapping of fields");
    }
    return new YamlFields(document, qualified(name), mapping);
  }

  private String qualified(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private InvalidSpecException problemAt(Node at, String message) {
    return new InvalidSpecException(where(document, at) + ": " + message);
  }

  private static String where(YamlDocuments.Document document, Node at) {
    return document.source()
        + ", document "
        + document.number()
        + ", line "
        + (at.getStartMark().getLine() + 1);
  }
}
