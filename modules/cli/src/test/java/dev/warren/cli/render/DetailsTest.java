package dev.warren.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void alignsValuesAfterTheLabelWidthAndPutsALabelOnlyOnTheFirstOfSeveralLines() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("tier", "web");
    labels.put("env", "prod");

    String text =
        Details.aligned(8, NOW)
            .line("ID:", "abc")
            .lines("Ports:", List.of("80/tcp", "443/tcp"))
            .entries("Labels:", labels)
            .lines("Empty:", List.of())
            .since("Created:", Instant.parse("2026-12-07T11:58:00Z"))
            .text();

    assertThat(text)
        .isEqualTo(
            """
            ID:      abc
            Ports:   80/tcp
                     443/tcp
            Labels:  tier=web
                     env=prod
            Created: 2026-12-07T11:58:00Z (2 minutes ago)
            """);
  }

  @Test
  void leavesOutAnOptionalLineWhoseValueIsEmptyOrAbsent() {
    String text =
        Details.aligned(6, NOW)
            .lineIfAny("Error:", "")
            .lineIf(false, "Cmd:", "x")
            .lineIfAny("Note:", "kept")
            .text();

    assertThat(text).isEqualTo("Note:  kept\n");
  }
}
