package dev.warren.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.change.ChangeEvents;
import dev.warren.domain.change.StateChange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins the public event type of every state change (what {@code StreamEvents} clients filter on and
 * what stored events hold), keyed by the change's format tag, so renaming a change record cannot
 * rename its events.
 */
class EventTypeNamesTest {
  private static final String FILE = "event-types.golden";

  @Test
  void everyChangeHasItsPinnedEventTypeAndNoOtherTypesExist() throws IOException {
    Map<String, String> actual = new TreeMap<>();
    for (Class<?> change : RichSamples.leafVariants(StateChange.class)) {
      @SuppressWarnings("unchecked")
      var type = (Class<? extends StateChange>) change;
      actual.put(tagOf(change), ChangeEvents.typeOf(type));
    }
    if (Boolean.getBoolean("warren.codec.writeGolden")) {
      var text = new StringBuilder("# Change tag, then the public event type of its events.\n");
      actual.forEach((tag, type) -> text.append(tag).append(' ').append(type).append('\n'));
      Files.writeString(Path.of("target", FILE), text, StandardCharsets.US_ASCII);
    }

    Map<String, String> pinned = pinned();
    assertThat(actual)
        .as(
            "event types are public (StreamEvents filters, stored events): a change keeps its"
                + " type when its record is renamed, and a new change's type is added to %s",
            FILE)
        .isEqualTo(pinned);
    assertThat(ChangeEvents.knownTypes())
        .containsExactlyElementsOf(new java.util.TreeSet<>(pinned.values()));
  }

  private static String tagOf(Class<?> change) {
    return PersistedTypes.SCHEMA.tagOf(change);
  }

  private static Map<String, String> pinned() throws IOException {
    try (InputStream in = EventTypeNamesTest.class.getResourceAsStream(FILE)) {
      assertThat(in).as("src/test/resources/dev/warren/codec/%s", FILE).isNotNull();
      var entries = new TreeMap<String, String>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.strip().split(" ", 2);
          entries.put(parts[0], parts[1]);
        }
      }
      return entries;
    }
  }
}
