package dev.warren.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.shared.WireEnum;
import org.junit.jupiter.api.Test;

class RestartConditionTest {

  @Test
  void acceptsBothOfWarrensSpellings() {
    assertThat(WireEnum.parse(RestartCondition.class, "c", "never"))
        .isEqualTo(RestartCondition.NONE);
    assertThat(WireEnum.parse(RestartCondition.class, "c", "none"))
        .isEqualTo(RestartCondition.NONE);
    assertThat(WireEnum.parse(RestartCondition.class, "c", "always"))
        .isEqualTo(RestartCondition.ANY);
    assertThat(WireEnum.parse(RestartCondition.class, "c", "any")).isEqualTo(RestartCondition.ANY);
  }

  @Test
  void emptySpellingFallsBackToTheDefault() {
    assertThat(WireEnum.parseOr(RestartCondition.class, "c", "", RestartCondition.ON_FAILURE))
        .isEqualTo(RestartCondition.ON_FAILURE);
  }
}
