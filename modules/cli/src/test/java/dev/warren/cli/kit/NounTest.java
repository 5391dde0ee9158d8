package dev.warren.cli.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  private record Thing(String id, String name, String color) {}

  private static final Thing RED = new Thing("1", "apple", "red");

  @Test
  void aNamedNounShowsIdAndNameFirstInItsTableAndDetailsAndTakesNameOrIdReferences() {
    Noun<Thing> noun =
        Noun.<Thing>named("thing", "things", Thing::id, Thing::name)
            .list("List things.", columns -> columns.and("COLOR", Thing::color))
            .inspect("Show a thing.", 7, (thing, details) -> details.line("Color:", thing.color()))
            .build();

    assertThat(noun.referenceLabel()).isEqualTo("NAME|ID");
    assertThat(noun.table().apply(List.of(RED), NOW))
        .isEqualTo("ID   NAME    COLOR\n1    apple   red\n");
    assertThat(noun.details().apply(RED, NOW)).isEqualTo("ID:     1\nName:   apple\nColor:  red\n");
  }

  @Test
  void aNounHasOnlyTheGenericVerbsItsDescriptionNames() {
    Noun<Thing> noun =
        Noun.<Thing>called("thing", "things", Thing::id)
            .lookupById(Integer::valueOf, (manager, id) -> RED)
            .inspect("Show a thing.", 4, (thing, details) -> {})
            .build();

    assertThat(noun.referenceLabel()).isEqualTo("ID");
    assertThat(noun.help()).containsOnlyKeys("inspect");
    assertThatThrownBy(() -> noun.helpOf("rm")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> noun.check().accept("not-a-number"))
        .isInstanceOf(NumberFormatException.class);
  }
}
