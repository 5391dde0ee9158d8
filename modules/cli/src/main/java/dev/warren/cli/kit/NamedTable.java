package dev.warren.cli.kit;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code ls} table of a named noun: ID and NAME, the columns particular to the noun, then
 * CREATED as an age.
 *
 * @param columns the headers of the noun's own columns
 * @param id the ID cell of an object
 * @param name the NAME cell of an object
 * @param createdAt when an object was created
 * @param <T> the domain object
 */
public record NamedTable<T>(
    List<String> columns,
    Function<? super T, String> id,
    Function<? super T, String> name,
    Function<? super T, Instant> createdAt) {

  public NamedTable {
    columns = List.copyOf(columns);
  }

  /**
   * The table of {@code objects}, ages relative to {@code now}; {@code cells} gives an object's
   * cells for the noun's own columns, in their order.
   */
  public String render(List<? extends T> objects, Instant now, Function<T, List<?>> cells) {
    var headers = new ArrayList<String>();
    headers.add("ID");
    headers.add("NAME");
    headers.addAll(columns);
    headers.add("CREATED");
    Table table = Table.withColumns(headers.toArray(String[]::new));
    for (T object : objects) {
      var row = new ArrayList<Object>();
      row.add(id.apply(object));
      row.add(name.apply(object));
      row.addAll(cells.apply(object));
      row.add(RelativeTime.ago(createdAt.apply(object), now));
      table.row(row.toArray());
    }
    return table.render();
  }
}
