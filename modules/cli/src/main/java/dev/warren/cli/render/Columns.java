package dev.warren.cli.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of an {@code ls} table, each a header and what a row's object shows in it; {@link
 * #render} makes the {@link Table}. A noun's table is therefore only its list of columns.
 *
 * @param <T> the object of one row
 */
public final class Columns<T> {
  private record Column<T>(String header, BiFunction<? super T, Instant, ?> cell) {}

  private final List<Column<T>> columns;

  private Columns(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /** A table whose first column is {@code header}. */
  public static <T> Columns<T> of(String header, Function<? super T, ?> cell) {
    return new Columns<T>(List.of()).and(header, cell);
  }

  /** These columns and then {@code header}. */
  public Columns<T> and(String header, Function<? super T, ?> cell) {
    return andAt(header, (object, now) -> cell.apply(object));
  }

  /** These columns and then {@code header}, whose cell depends on the time now. */
  public Columns<T> andAt(String header, BiFunction<? super T, Instant, ?> cell) {
    var more = new ArrayList<>(columns);
    more.add(new Column<>(header, cell));
    return new Columns<>(more);
  }

  /** These columns and then {@code header} showing how long ago {@code when} was ("3 days ago"). */
  public Columns<T> age(String header, Function<? super T, Instant> when) {
    return andAt(header, (object, now) -> RelativeTime.ago(when.apply(object), now));
  }

  /** {@code rows} as a table, ages relative to {@code now}. */
  public String render(List<? extends T> rows, Instant now) {
    Table table = Table.withColumns(columns.stream().map(Column::header).toArray(String[]::new));
    for (T row : rows) {
      table.row(columns.stream().map(column -> column.cell().apply(row, now)).toArray());
    }
    return table.render();
  }
}
