package dev.warren.adapters.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.volume.Volume;
import dev.warren.testkit.SampleEntities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local volume driver keeps every volume inside its root, and says so when asked not to. */
class LocalVolumeDriverAdapterTest {
  @TempDir Path workerDir;

  private Path root() {
    return workerDir.resolve("volumes");
  }

  private static Volume at(String name, String mountPath) {
    return volume(name, Volume.LOCAL_DRIVER, mountPath);
  }

  private static Volume volume(String name, String driver, String mountPath) {
    Volume plain = SampleEntities.volume("v-" + name, name);
    return new Volume(
        plain.id(),
        name,
        driver,
        plain.driverOpts(),
        plain.labels(),
        plain.createdAt(),
        plain.nodeId(),
        mountPath);
  }

  @Test
  void aVolumeWithoutAPathGetsADirectoryByItsNameThatOtherUsersMayEnter() throws IOException {
    String path = new LocalVolumeDriverAdapter(root()).provision(at("data", ""));

    assertThat(Path.of(path)).isEqualTo(root().resolve("data")).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(path))))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void aPathInsideTheRootIsUsedAsItIs() {
    Path inside = root().resolve("team/cache");

    String path = new LocalVolumeDriverAdapter(root()).provision(at("cache", inside.toString()));

    assertThat(Path.of(path)).isEqualTo(inside).isDirectory();
  }

  @Test
  void aPathOutsideTheRootIsRefusedSayingWhatToDoAndNothingIsCreated() {
    Path outside = workerDir.resolve("elsewhere");
    var driver = new LocalVolumeDriverAdapter(root());

    for (String asked :
        new String[] {
          outside.toString(), root().resolve("../elsewhere").toString(), root().toString(), "/etc"
        }) {
      assertThatThrownBy(() -> driver.provision(at("data", asked)))
          .as(asked)
          .isInstanceOf(InvalidSpecException.class)
          .hasMessageContaining("outside this worker's volume directory " + root())
          .hasMessageEndingWith("remove the path to let the worker choose one");
    }
    assertThat(outside).doesNotExist();
  }

  @Test
  void anotherDriverIsRefusedByName() {
    Volume nfs = volume("data", "nfs", "");

    assertThatThrownBy(() -> new LocalVolumeDriverAdapter(root()).provision(nfs))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("volume data uses driver 'nfs'; this worker has only the local driver");
  }
}
