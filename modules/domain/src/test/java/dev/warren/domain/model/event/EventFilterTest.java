package dev.warren.domain.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventFilterTest {

  @Test
  void anEmptyFilterMatchesEveryType() {
    assertThat(EventFilter.ALL.matches("service.created")).isTrue();
    assertThat(EventFilter.ALL.matches("node.registered")).isTrue();
  }

  @Test
  void anEntryMatchesItsExactTypeOrAsAPrefixEndingAtADot() {
    EventFilter filter = EventFilter.of("service", "node.registered");

    assertThat(filter.matches("service.created")).isTrue();
    assertThat(filter.matches("service.image-updated")).isTrue();
    assertThat(filter.matches("node.registered")).isTrue();
    assertThat(filter.matches("node.removed")).isFalse();
    assertThat(filter.matches("services.created")).isFalse();
    assertThat(filter.matches("cluster.initialized")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Service", "service.", ".service", "service..created", "a b"})
  void malformedEntriesAreRejectedNamingTheField(String entry) {
    assertThatThrownBy(() -> EventFilter.of(entry))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("event type filter '" + entry + "' is invalid");
  }

  @Test
  void eventKeysSortLikeTheirIds() {
    assertThat(Event.key(9)).isLessThan(Event.key(10));
    assertThat(Event.key(Long.MAX_VALUE)).hasSize(19);
    assertThat(Event.idOfKey(Event.key(12345))).isEqualTo(12345);
  }
}
