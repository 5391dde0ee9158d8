package dev.warren.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.ClusterStatePortContract;
import dev.warren.testkit.SampleEntities;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The port contract for the store the manager runs: commits not fsynced one by one. */
class XodusUnsyncedClusterStateAdapterIT extends ClusterStatePortContract {

  @Override
  protected ClusterStatePort newStore(Path dir) {
    return new XodusClusterStateAdapter(new StorageSettings(dir, false));
  }

  @Override
  protected Optional<ClusterStatePort> reopen(Path dir) {
    return Optional.of(newStore(dir));
  }

  @Test
  void aSnapshotTakenRightAfterUnsyncedCommitsHoldsThemAll() {
    ClusterStatePort store = store();
    for (int i = 1; i <= 500; i++) {
      Service service = SampleEntities.service(String.format("svc-%05d", i), "web-" + i);
      store.apply(i, writer -> writer.put(EntityKind.SERVICE, service));
    }
    Path snapshot = freshPath("snapshot.zip");
    store.writeSnapshot(snapshot);

    ClusterStatePort copy = anotherStore("copy");
    copy.restoreSnapshot(snapshot);

    assertThat(copy.lastAppliedIndex()).isEqualTo(500);
    long services = copy.read(reader -> reader.count(EntityKind.SERVICE));
    assertThat(services).isEqualTo(500);
  }
}
