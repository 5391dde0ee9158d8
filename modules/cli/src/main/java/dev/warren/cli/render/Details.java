package dev.warren.cli.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code inspect} prints of one object: one {@code Label: value} line per field, the values
 * aligned in a column, a field of several values on several lines with the label on the first.
 */
public final class Details {
  private final String format;
  private final Instant now;
  private final StringBuilder out = new StringBuilder();

  private Details(int labelWidth, Instant now) {
    this.format = "%-" + labelWidth + "s %s%n";
    this.now = now;
  }

  /** Details whose values start after {@code labelWidth} characters; ages are relative to now. */
  public static Details aligned(int labelWidth, Instant now) {
    return new Details(labelWidth, now);
  }

  public Details line(String label, Object value) {
    out.append(String.format(format, label, value));
    return this;
  }

  /** A line only if {@code value} is not empty. */
  public Details lineIfAny(String label, String value) {
    return lineIf(!value.isEmpty(), label, value);
  }

  /** A line only if {@code present}. */
  public Details lineIf(boolean present, String label, Object value) {
    return present ? line(label, value) : this;
  }

  /** The label on the first line only, the values aligned below it; nothing if there are none. */
  public Details lines(String label, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      line(i == 0 ? label : "", values.get(i));
    }
    return this;
  }

  /** One {@code key=value} line per entry, as {@link #lines}. */
  public Details entries(String label, Map<String, String> entries) {
    return lines(
        label, entries.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  /** The time and how long ago it was: {@code 2026-01-02T03:04:05Z (3 days ago)}. */
  public Details since(String label, Instant then) {
    return line(label, then + " (" + RelativeTime.ago(then, now) + ")");
  }

  /** The time ages are relative to. */
  public Instant now() {
    return now;
  }

  /** How long ago {@code then} was, as {@link RelativeTime#ago}. */
  public String ago(Instant then) {
    return RelativeTime.ago(then, now);
  }

  /** The lines so far. */
  public String text() {
    return out.toString();
  }
}
