package dev.warren.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table printed like the Docker CLI's: a header row of upper-case column names, then one row per
 * object, columns left-aligned and separated by three spaces, no trailing blanks.
 */
public final class Table {
  private static final String GAP = "   ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  public static Table withColumns(String... headers) {
    if (headers.length == 0) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    return new Table(List.of(headers));
  }

  /**
   * Adds a row; {@code null} cells print empty.
   *
   * @throws IllegalArgumentException if the row has another number of cells than the table has
   *     columns
   */
  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the table " + headers.size() + " columns");
    }
    var row = new ArrayList<String>(cells.length);
    for (Object cell : cells) {
      row.add(Objects.toString(cell, "").replace('\n', ' '));
    }
    rows.add(row);
    return this;
  }

  /** The table as lines, each ending with a newline. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    var out = new StringBuilder();
    appendLine(out, headers, widths);
    for (List<String> row : rows) {
      appendLine(out, row, widths);
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    var line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      line.append(cell);
      if (column + 1 < cells.size()) {
        line.append(" ".repeat(widths[column] - cell.length())).append(GAP);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
