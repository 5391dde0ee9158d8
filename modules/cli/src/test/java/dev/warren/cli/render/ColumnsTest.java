package dev.warren.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  private record Thing(String name, int size, Instant createdAt) {}

  @Test
  void rendersOneColumnPerCellFunctionInOrderWithAgesRelativeToNow() {
    Columns<Thing> columns =
        Columns.<Thing>of("NAME", Thing::name)
            .and("SIZE", Thing::size)
            .andAt("LATE", (thing, now) -> thing.createdAt().isBefore(now) ? "yes" : "no")
            .age("CREATED", Thing::createdAt);

    String table =
        columns.render(
            List.of(
                new Thing("a", 1, NOW.minus(Duration.ofMinutes(3))),
                new Thing("bb", 22, NOW.plus(Duration.ofMinutes(1)))),
            NOW);

    assertThat(table)
        .isEqualTo(
            """
            NAME   SIZE   LATE   CREATED
            a      1      yes    3 minutes ago
            bb     22     no     Less than a second ago
            """);
  }

  @Test
  void addingAColumnLeavesTheOriginalColumnsAsTheyWere() {
    Columns<Thing> base = Columns.of("NAME", Thing::name);

    base.and("SIZE", Thing::size);

    assertThat(base.render(List.of(new Thing("a", 1, NOW)), NOW)).isEqualTo("NAME\na\n");
  }
}
