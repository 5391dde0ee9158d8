package dev.warren.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path temp;

  @Test
  void defaultsToXdgDataHomeElseTheUsersLocalShare() {
    assertThat(DataDirectory.defaultRoot(Map.of("XDG_DATA_HOME", "/xdg"), "/home/u"))
        .isEqualTo(Path.of("/xdg/warren"));
    assertThat(DataDirectory.defaultRoot(Map.of(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/warren"));
    assertThat(DataDirectory.defaultRoot(Map.of("XDG_DATA_HOME", " "), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/warren"));
  }

  @Test
  void choosesTheNodeIdOnceAndKeepsIt() {
    var directory = new DataDirectory(temp.resolve("data"));
    assertThat(directory.holdsNode()).isFalse();

    NodeId first = directory.nodeId(Optional.empty());

    assertThat(directory.holdsNode()).isTrue();
    assertThat(new DataDirectory(temp.resolve("data")).nodeId(Optional.empty())).isEqualTo(first);
    assertThat(directory.nodeId(Optional.of(first))).isEqualTo(first);
  }

  @Test
  void usesTheRequestedIdOnFirstUseAndRefusesAnotherLater() {
    var directory = new DataDirectory(temp);

    assertThat(directory.nodeId(Optional.of(NodeId.of("m1")))).isEqualTo(NodeId.of("m1"));
    assertThatThrownBy(() -> directory.nodeId(Optional.of(NodeId.of("m2"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("belongs to node m1");
  }

  @Test
  void reportsACorruptNodeIdFile() throws Exception {
    Files.writeString(temp.resolve("node-id"), "not valid!\n");

    assertThatThrownBy(() -> new DataDirectory(temp).nodeId(Optional.empty()))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("node-id");
  }
}
