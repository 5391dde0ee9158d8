package dev.warren.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.ClusterStatePortContract;
import dev.warren.testkit.SampleEntities;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XodusClusterStateAdapterIT extends ClusterStatePortContract {

  @Override
  protected ClusterStatePort newStore(Path dir) {
    return new XodusClusterStateAdapter(new StorageSettings(dir));
  }

  @Override
  protected Optional<ClusterStatePort> reopen(Path dir) {
    return Optional.of(newStore(dir));
  }

  @Test
  void aDirectoryInUseIsRefusedNamingTheDirectory() {
    Path dir = freshPath("shared");
    ClusterStatePort first = newStore(dir);
    try {
      assertThatThrownBy(() -> newStore(dir))
          .isInstanceOf(FailedPreconditionException.class)
          .hasMessageContaining("data directory " + dir.toAbsolutePath())
          .hasMessageContaining("is in use by another warren process");
    } finally {
      first.close();
    }
    newStore(dir).close();
  }

  @Test
  void acknowledgedChangesSurviveCloseAndReopenWithoutASnapshot() {
    Path dir = freshPath("durable");
    ClusterStatePort first = newStore(dir);
    for (int i = 1; i <= 50; i++) {
      String id = "svc-" + i;
      first.apply(
          i, writer -> writer.put(EntityKind.SERVICE, SampleEntities.service(id, "s" + id)));
    }
    first.apply(51, writer -> writer.delete(EntityKind.SERVICE, "svc-7"));
    first.close();

    ClusterStatePort second = newStore(dir);
    try {
      assertThat(second.lastAppliedIndex()).isEqualTo(51);
      assertThat(count(second, EntityKind.SERVICE)).isEqualTo(49);
      assertThat(findByName(second, EntityKind.SERVICE, "ssvc-7")).isEmpty();
      assertThat(findByName(second, EntityKind.SERVICE, "ssvc-8")).isPresent();
    } finally {
      second.close();
    }
  }

  @Test
  void aSnapshotOfTenThousandEntitiesRestoresExactly() {
    ClusterStatePort source = store();
    putServicesInBatches(source, 10_000);
    Path snapshot = freshPath("big.snapshot");

    source.writeSnapshot(snapshot);
    ClusterStatePort restored = anotherStore("restored");
    restored.restoreSnapshot(snapshot);

    assertThat(restored.lastAppliedIndex()).isEqualTo(source.lastAppliedIndex());
    List<Service> expected = list(source, EntityKind.SERVICE);
    assertThat(expected).hasSize(10_000);
    assertThat(list(restored, EntityKind.SERVICE)).isEqualTo(expected);
    assertThat(findByName(restored, EntityKind.SERVICE, "web-9999")).isPresent();
  }

  @Test
  void aSnapshotWrittenWhileChangesAreAppliedIsConsistentAndReadsContinue() throws Exception {
    putServicesInBatches(store(), 2_000);
    Path snapshot = freshPath("live.snapshot");
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> writes =
          writer.submit(
              () -> {
                for (int i = 0; i < 200; i++) {
                  String id = "late-" + i;
                  store()
                      .apply(
                          store().lastAppliedIndex() + 1,
                          w -> w.put(EntityKind.NODE, SampleEntities.node(id)));
                }
              });
      store().writeSnapshot(snapshot);
      assertThat(count(store(), EntityKind.SERVICE)).isEqualTo(2_000);
      writes.get(30, TimeUnit.SECONDS);
    } finally {
      writer.shutdownNow();
    }

    ClusterStatePort restored = anotherStore("restored");
    restored.restoreSnapshot(snapshot);
    long index = restored.lastAppliedIndex();
    long batches = 2;
    assertThat(index).isBetween(batches, batches + 200);
    assertThat(count(restored, EntityKind.NODE)).isEqualTo(index - batches);
    assertThat(count(restored, EntityKind.SERVICE)).isEqualTo(2_000);
  }

  @Test
  void aZipThatIsNotAStateSnapshotIsRefused() throws IOException {
    Path zip = freshPath("evil.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        var out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("../../escape.xd"));
      out.write(1);
      out.closeEntry();
    }

    assertThatThrownBy(() -> store().restoreSnapshot(zip))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a warren state snapshot");
    try (Stream<Path> files = Files.list(zip.getParent())) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .doesNotContain("escape.xd", "primary.restoring", "primary.previous");
    }
  }

  @Test
  void aRestoreInterruptedBetweenTheTwoRenamesIsUndoneOnOpen() throws IOException {
    Path dir = freshPath("state");
    ClusterStatePort first = newStore(dir);
    first.apply(3, writer -> writer.put(EntityKind.NODE, SampleEntities.node("node-1")));
    first.close();
    Files.move(dir, freshPath("state.previous"));
    Files.createDirectories(freshPath("state.restoring"));
    Files.writeString(freshPath("state.restoring").resolve("00000000000.xd"), "half extracted");

    ClusterStatePort reopened = newStore(dir);
    try {
      assertThat(reopened.lastAppliedIndex()).isEqualTo(3);
      assertThat(get(reopened, EntityKind.NODE, "node-1")).isPresent();
      assertThat(freshPath("state.previous")).doesNotExist();
      assertThat(freshPath("state.restoring")).doesNotExist();
    } finally {
      reopened.close();
    }
  }

  @Test
  void aClosedStoreRefusesReadsAndWrites() {
    store().close();

    assertThatThrownBy(() -> count(store(), EntityKind.NODE))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store().apply(1, writer -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void measureApplyThroughputAndListingTenThousandServices() {
    ClusterStatePort measured = store();
    int puts = 2_000;
    long started = System.nanoTime();
    putServices(measured, puts);
    double seconds = (System.nanoTime() - started) / 1e9;
    putServicesInBatches(measured, 10_000 - puts, puts);

    long listed = 0;
    int rounds = 5;
    long listStarted = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      listed += list(measured, EntityKind.SERVICE).size();
    }
    double listMillis = (System.nanoTime() - listStarted) / 1e6 / rounds;

    System.out.printf(
        "Xodus: %d durable single-service applies in %.2f s = %.0f applies/s;"
            + " list() of %d services: %.1f ms%n",
        puts, seconds, puts / seconds, listed / rounds, listMillis);
    assertThat(listed).isEqualTo(10_000L * rounds);
  }

  /** One log entry per service. */
  private static void putServices(ClusterStatePort port, int count) {
    for (int i = 0; i < count; i++) {
      Service service = numberedService(i);
      port.apply(port.lastAppliedIndex() + 1, writer -> writer.put(EntityKind.SERVICE, service));
    }
  }

  private static void putServicesInBatches(ClusterStatePort port, int count) {
    putServicesInBatches(port, count, 0);
  }

  /** One log entry per 1000 services, to fill a store quickly. */
  private static void putServicesInBatches(ClusterStatePort port, int count, int offset) {
    for (int batch = offset; batch < offset + count; batch += 1_000) {
      int first = batch;
      int end = Math.min(batch + 1_000, offset + count);
      port.apply(
          port.lastAppliedIndex() + 1,
          writer -> {
            for (int i = first; i < end; i++) {
              writer.put(EntityKind.SERVICE, numberedService(i));
            }
          });
    }
  }

  private static Service numberedService(int number) {
    return SampleEntities.service(String.format("svc-%05d", number), "web-" + number);
  }
}
