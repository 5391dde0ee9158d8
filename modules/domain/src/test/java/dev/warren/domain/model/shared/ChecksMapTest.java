package dev.warren.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The immutable, sorted maps entities keep: empty ones cost a manager nothing per entity. */
class ChecksMapTest {
  @Test
  void everyEmptyMapIsOneSharedUnmodifiableInstance() {
    var first = Checks.map("env", new HashMap<>());
    var second = Checks.map("labels", Map.of());

    assertThat(first).isEmpty();
    assertThat(first).isSameAs(second);
    assertThatThrownBy(() -> first.put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMapWithEntriesIsASortedUnmodifiableCopy() {
    var source = new HashMap<>(Map.of("b", "2", "a", "1"));
    var copy = Checks.map("env", source);
    source.put("c", "3");

    assertThat(copy.keySet()).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
  }
}
