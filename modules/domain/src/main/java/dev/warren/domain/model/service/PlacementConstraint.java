package dev.warren.domain.model.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.shared.Checks;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule a node must satisfy to run a service's replicas, written {@code FIELD==VALUE} or {@code
 * FIELD!=VALUE} where FIELD is {@code node.id}, {@code node.hostname}, {@code node.role} or {@code
 * node.labels.KEY}. A label a node lacks equals nothing, so {@code node.labels.disk!=ssd} holds on
 * a node without a {@code disk} label.
 */
public record PlacementConstraint(String field, Operator operator, String value) {
  private static final String LABELS = "node.labels.";
  private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,127}");
  private static final int MAX_CHARS = 256;

  /** How the node's field compares with the value. */
  public enum Operator {
    EQUALS("=="),
    NOT_EQUALS("!=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public PlacementConstraint {
    Checks.notNull("constraint field", field);
    Checks.notNull("constraint operator", operator);
    Checks.notNull("constraint value", value);
    String text = field + operator.symbol() + value;
    if (!isKnownField(field)) {
      throw new InvalidSpecException(
          "constraint "
              + Checks.quote(text)
              + " names an unknown field "
              + Checks.quote(field)
              + "; use node.id, node.hostname, node.role or node.labels.KEY");
    }
    if (value.isBlank() || text.length() > MAX_CHARS) {
      throw new InvalidSpecException(
          "constraint "
              + Checks.quote(text)
              + " needs a value of 1 to "
              + MAX_CHARS
              + " characters, like node.labels.disk==ssd");
    }
  }

  /**
   * Parses {@code text}, such as {@code node.labels.disk==ssd} (spaces around the operator
   * allowed).
   *
   * @throws InvalidSpecException naming the constraint when it does not parse or names an unknown
   *     field
   */
  public static PlacementConstraint parse(String text) {
    Checks.notNull("constraint", text);
    int equals = text.indexOf("==");
    int notEquals = text.indexOf("!=");
    if (equals < 0 && notEquals < 0) {
      throw new InvalidSpecException(
          "constraint "
              + Checks.quote(text)
              + " has no == or !=; write it like node.labels.disk==ssd");
    }
    boolean isEquals = notEquals < 0 || (equals >= 0 && equals < notEquals);
    int at = isEquals ? equals : notEquals;
    String field = text.substring(0, at).strip();
    String value = text.substring(at + 2).strip();
    if (value.contains("==") || value.contains("!=")) {
      throw new InvalidSpecException(
          "constraint " + Checks.quote(text) + " has more than one operator");
    }
    return new PlacementConstraint(field, isEquals ? Operator.EQUALS : Operator.NOT_EQUALS, value);
  }

  /** Whether {@code node} satisfies this constraint. */
  public boolean matches(Node node) {
    boolean equal = nodeValue(node).filter(value::equals).isPresent();
    return operator == Operator.EQUALS ? equal : !equal;
  }

  private Optional<String> nodeValue(Node node) {
    return switch (field) {
      case "node.id" -> Optional.of(node.id().value());
      case "node.hostname" -> Optional.of(node.hostname());
      case "node.role" -> Optional.of(node.role().wireName());
      default -> Optional.ofNullable(node.labels().get(field.substring(LABELS.length())));
    };
  }

  private static boolean isKnownField(String field) {
    return switch (field) {
      case "node.id", "node.hostname", "node.role" -> true;
      default ->
          field.startsWith(LABELS) && LABEL_KEY.matcher(field.substring(LABELS.length())).matches();
    };
  }

  /** The constraint as written: {@code node.labels.disk==ssd}. */
  @Override
  public String toString() {
    return field + operator.symbol() + value;
  }
}
