package dev.warren.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementConstraintTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static final Node SSD_WORKER =
      new Node(
          NodeId.of("w-1"),
          NodeRole.WORKER,
          "10.0.0.7:7946",
          "",
          new NodeResources(0, 0, 0),
          NodeStatus.READY,
          T0,
          T0,
          Map.of("disk", "ssd"),
          Version.initial());

  @Test
  void everyFieldAndBothOperatorsParseAndMatch() {
    assertThat(PlacementConstraint.parse("node.id==w-1").matches(SSD_WORKER)).isTrue();
    assertThat(PlacementConstraint.parse("node.hostname == 10.0.0.7").matches(SSD_WORKER)).isTrue();
    assertThat(PlacementConstraint.parse("node.role!=manager").matches(SSD_WORKER)).isTrue();
    assertThat(PlacementConstraint.parse("node.labels.disk==ssd").matches(SSD_WORKER)).isTrue();
    assertThat(PlacementConstraint.parse("node.labels.disk!=ssd").matches(SSD_WORKER)).isFalse();
    assertThat(PlacementConstraint.parse("node.labels.gpu!=yes").matches(SSD_WORKER))
        .as("a missing label equals nothing")
        .isTrue();
    assertThat(PlacementConstraint.parse("node.labels.gpu==yes").matches(SSD_WORKER)).isFalse();
    assertThat(PlacementConstraint.parse(" node.labels.disk==ssd ").toString())
        .isEqualTo("node.labels.disk==ssd");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "node.labels.disk=ssd    | 'node.labels.disk=ssd'",
        "node.labels.disk=ssd    | no == or !=",
        "engine.labels.os==linux | unknown field 'engine.labels.os'",
        "node.labels.==x         | unknown field",
        "node.id==               | needs a value",
        "node.id==a==b           | more than one operator"
      })
  void aBadConstraintIsRefusedAsInvalidNamingIt(String constraint, String message) {
    assertThatThrownBy(() -> PlacementConstraint.parse(constraint))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining(message);
  }

  @Test
  void preferencesParseOnlyAsSpreadOverALabel() {
    PlacementSpec spec =
        PlacementSpec.parse(List.of("node.role==worker"), List.of("spread=node.labels.zone"));

    assertThat(spec.spreadOver()).containsExactly("zone");
    assertThat(spec.preferences()).containsExactly("spread=node.labels.zone");
    assertThatThrownBy(() -> PlacementSpec.parse(List.of(), List.of("binpack=node.labels.zone")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'binpack=node.labels.zone'");
  }
}
