package dev.warren.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.render.JsonWriter;
import dev.warren.cli.render.ObjectTree;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Suffrage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cluster info} with each member's progress: the table's columns and the JSON fields. */
class ClusterInfoProgressTest {
  private static final ClusterInfo THREE =
      new ClusterInfo(
          "m1",
          "127.0.0.1:8080",
          List.of(
              new ClusterMember("m1", "127.0.0.1:7946", Suffrage.VOTER),
              new ClusterMember("m2", "127.0.0.1:7947", Suffrage.VOTER),
              new ClusterMember("m3", "127.0.0.1:7948", Suffrage.VOTER)),
          List.of(
              MemberProgress.reached("m1", 120),
              MemberProgress.reached("m2", 118),
              MemberProgress.unreachable("m3")));

  @Test
  void theTableShowsEachMembersAppliedIndexAndReachability() {
    assertThat(ClusterInfoCommand.table(THREE))
        .isEqualTo(
            "Leader: m1 (API 127.0.0.1:8080)\n\n"
                + "ID   ADDRESS          SUFFRAGE   LEADER   APPLIED   REACHABLE\n"
                + "m1   127.0.0.1:7946   Voter      *        120       yes\n"
                + "m2   127.0.0.1:7947   Voter               118       yes\n"
                + "m3   127.0.0.1:7948   Voter               -         no\n");
  }

  @Test
  void jsonCarriesReachabilityAndAppliedIndexPerMember() {
    String json = JsonWriter.write(ObjectTree.of(ClusterInfoCommand.shown(THREE)));

    assertThat(json)
        .contains("\"id\": \"m2\"", "\"reachable\": true", "\"appliedIndex\": 118")
        .contains("\"reachable\": false")
        .doesNotContain("\"progress\"");
  }

  @Test
  void anAnswerWithoutProgressIsShownAsBefore() {
    var withoutProgress = new ClusterInfo("m1", "127.0.0.1:8080", THREE.members());

    assertThat(JsonWriter.write(ObjectTree.of(ClusterInfoCommand.shown(withoutProgress))))
        .contains("\"leaderId\": \"m1\"", "\"suffrage\": \"Voter\"")
        .doesNotContain("progress", "reachable", "appliedIndex");
    assertThat(ClusterInfoCommand.table(withoutProgress)).doesNotContain("APPLIED");
  }
}
