package dev.warren.cli.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders records and the values they hold as block-style YAML with the same shape as {@link
 * JsonWriter} ({@link ObjectTree}): keys in a stable order, two-space indentation, sequences
 * indented under their key, empty collections as {@code []} and {@code {}}.
 *
 * <p>A string is written plain when a YAML 1.1 reader (SnakeYAML, PyYAML, Go's yaml.v2) reads it
 * back as the same string; otherwise it is double-quoted with escapes. Plain is refused for
 * anything that could resolve to another type ({@code yes}, {@code 1.27}, {@code 2026-01-01},
 * {@code ~}) or that starts with an indicator, so {@code "1.27"} stays a string. A multi-line
 * string of printable characters is a literal block scalar ({@code |}) with the chomping indicator
 * that keeps its trailing newlines exact.
 *
 * <p>Stateless and thread-safe.
 */
public final class YamlWriter {
  private static final int STEP = 2;
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final Set<String> RESERVED =
      Set.of(
          "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "+.inf",
          "-.inf", ".nan", "<<", "=");

  private YamlWriter() {}

  /** {@code value} as a YAML document, every line (including the last) ending with a newline. */
  public static String write(Object value) {
    var out = new StringBuilder();
    Object tree = ObjectTree.of(value);
    if (isNonEmptyCollection(tree)) {
      writeBlock(out, tree, 0, false);
    } else {
      writeInline(out, tree, 0);
    }
    return out.toString();
  }

  /** A non-empty map or list, starting on a fresh line (or after "- " when {@code inline}). */
  private static void writeBlock(StringBuilder out, Object node, int indent, boolean inline) {
    boolean first = true;
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(first && inline)) {
          out.append(" ".repeat(indent));
        }
        first = false;
        out.append(key((String) entry.getKey())).append(':');
        writeValue(out, entry.getValue(), indent);
      }
    } else {
      for (Object item : (List<?>) node) {
        if (!(first && inline)) {
          out.append(" ".repeat(indent));
        }
        first = false;
        out.append('-');
        if (isNonEmptyCollection(item)) {
          out.append(' ');
          writeBlock(out, item, indent + STEP, true);
        } else {
          out.append(' ');
          writeInline(out, item, indent);
        }
      }
    }
  }

  /** What follows {@code key:} on a mapping line whose key is at column {@code indent}. */
  private static void writeValue(StringBuilder out, Object value, int indent) {
    if (isNonEmptyCollection(value)) {
      out.append('\n');
      writeBlock(out, value, indent + STEP, false);
    } else {
      out.append(' ');
      writeInline(out, value, indent);
    }
  }

  /** A scalar or empty collection and its newline; a block scalar's lines go at indent + STEP. */
  private static void writeInline(StringBuilder out, Object value, int indent) {
    switch (value) {
      case null -> out.append("null");
      case String text when isBlockCandidate(text) -> writeLiteral(out, text, indent + STEP);
      case String text -> out.append(scalar(text));
      case Double number -> out.append(floating(number));
      case Float number -> out.append(floating(number.doubleValue()));
      case List<?> empty -> out.append("[]");
      case Map<?, ?> empty -> out.append("{}");
      default -> out.append(value);
    }
    out.append('\n');
  }

  private static boolean isNonEmptyCollection(Object node) {
    return (node instanceof Map<?, ?> map && !map.isEmpty())
        || (node instanceof List<?> list && !list.isEmpty());
  }

  private static String floating(double number) {
    if (Double.isNaN(number)) {
      return ".nan";
    }
    if (Double.isInfinite(number)) {
      return number > 0 ? ".inf" : "-.inf";
    }
    return Double.toString(number);
  }

  private static String key(String key) {
    return scalar(key);
  }

  /** A one-line scalar: plain when that reads back as the same string, else double-quoted. */
  static String scalar(String text) {
    return isPlainSafe(text) ? text : doubleQuoted(text);
  }

  private static boolean isPlainSafe(String text) {
    if (RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (INDICATORS.indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':') {
      return false;
    }
    if (startsLikeNumber(text) || text.startsWith("...")) {
      return false;
    }
    if (text.contains(": ") || text.contains(" #")) {
      return false;
    }
    return text.codePoints().allMatch(cp -> cp != '\t' && isPrintableInLine(cp));
  }

  /** Numbers, dates, times and sexagesimals all start so; such strings are quoted. */
  private static boolean startsLikeNumber(String text) {
    char first = text.charAt(0);
    if (Character.isDigit(first)) {
      return true;
    }
    return (first == '+' || first == '.')
        && text.length() > 1
        && (Character.isDigit(text.charAt(1)) || text.charAt(1) == '.');
  }

  /** Printable in the YAML 1.1 sense and not a line break (0x85, 0x2028 and 0x2029 are). */
  private static boolean isPrintableInLine(int cp) {
    return cp == '\t'
        || (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
        || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Multi-line text with something to show and nothing a block scalar cannot hold. */
  private static boolean isBlockCandidate(String text) {
    return text.indexOf('\n') >= 0
        && !text.strip().isEmpty()
        && text.codePoints().allMatch(cp -> cp == '\n' || isPrintableInLine(cp));
  }

  /**
   * {@code |} with the chomping indicator for the trailing newlines (none: {@code -}, one: clip,
   * more: {@code +}); an explicit indentation indicator when the text starts with a space or an
   * empty line, which a reader would otherwise take for indentation.
   */
  private static void writeLiteral(StringBuilder out, String text, int contentIndent) {
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    out.append('|');
    if (text.charAt(0) == ' ' || text.charAt(0) == '\n') {
      out.append(STEP);
    }
    out.append(trailing == 0 ? "-" : trailing == 1 ? "" : "+");
    String body = trailing == 0 ? text : text.substring(0, text.length() - 1);
    String[] lines = body.split("\n", -1);
    for (String line : lines) {
      out.append('\n');
      if (!line.isEmpty()) {
        out.append(" ".repeat(contentIndent)).append(line);
      }
    }
  }

  private static String doubleQuoted(String text) {
    var out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0 -> out.append("\\0");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case 0x0B -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case 0x1B -> out.append("\\e");
                case 0x85 -> out.append("\\N");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                  if (isPrintableInLine(cp)) {
                    out.appendCodePoint(cp);
                  } else if (cp <= 0xFF) {
                    out.append(String.format("\\x%02x", cp));
                  } else if (cp <= 0xFFFF) {
                    out.append(String.format("\\u%04x", cp));
                  } else {
                    out.append(String.format("\\U%08x", cp));
                  }
                }
              }
            });
    return out.append('"').toString();
  }
}
