package dev.warren.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void alignsColumnsToTheWidestCellWithThreeSpacesAndNoTrailingBlanks() {
    String table =
        Table.withColumns("ID", "NAME", "REPLICAS")
            .row("abc", "web", 3)
            .row("d", "database", null)
            .render();

    assertThat(table)
        .isEqualTo(
            """
            ID    NAME       REPLICAS
            abc   web        3
            d     database
            """);
  }

  @Test
  void printsOnlyTheHeaderWhenEmpty() {
    assertThat(Table.withColumns("ID", "NAME").render()).isEqualTo("ID   NAME\n");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    assertThatThrownBy(() -> Table.withColumns("A", "B").row("1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsEachRowOnOneLine() {
    assertThat(Table.withColumns("A").row("x\ny").render()).isEqualTo("A\nx y\n");
  }
}
