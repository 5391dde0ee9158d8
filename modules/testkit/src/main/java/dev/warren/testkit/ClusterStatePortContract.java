package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link ClusterStatePort} must have. An implementation's test extends this
 * class and says how to open a store in a directory; a persistent store also says how to reopen
 * one, which turns on the persistence tests (they are skipped otherwise).
 */
public abstract class ClusterStatePortContract {
  private static final long TIMEOUT_SECONDS = 10;

  private final List<ClusterStatePort> opened = new ArrayList<>();
  private Path root;
  private Path primaryDir;
  private ClusterStatePort store;

  protected ClusterStatePortContract() {}

  /** A new, empty store kept in {@code dir}, an existing empty directory. */
  protected abstract ClusterStatePort newStore(Path dir);

  /**
   * The store kept in {@code dir} opened again after it was closed, for persistent stores; empty
   * (the default) for stores that keep nothing across a close.
   */
  protected Optional<ClusterStatePort> reopen(Path dir) {
    return Optional.empty();
  }

  @BeforeEach
  public void openStore(@TempDir Path dir) throws IOException {
    root = dir;
    primaryDir = Files.createDirectories(dir.resolve("primary"));
    store = track(newStore(primaryDir));
  }

  @AfterEach
  public void closeStores() {
    opened.forEach(ClusterStatePort::close);
  }

  /** The store the current test works on. */
  protected final ClusterStatePort store() {
    return store;
  }

  /** A further empty store in a fresh directory, closed after the test. */
  protected final ClusterStatePort anotherStore(String name) {
    try {
      return track(newStore(Files.createDirectories(root.resolve(name))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path under the test's temporary directory that does not exist yet. */
  protected final Path freshPath(String name) {
    return root.resolve(name);
  }

  private ClusterStatePort track(ClusterStatePort port) {
    opened.add(port);
    return port;
  }

  @Test
  public void aNewStoreIsEmptyAtIndexZero() {
    assertThat(store.lastAppliedIndex()).isZero();
    store.read(
        reader -> {
          assertThat(reader.lastAppliedIndex()).isZero();
          for (EntityKind<?> kind : EntityKind.all()) {
            assertThat(reader.list(kind)).as(kind.name()).isEmpty();
            assertThat(reader.count(kind)).as(kind.name()).isZero();
            assertThat(reader.get(kind, "missing")).as(kind.name()).isEmpty();
          }
          return null;
        });
  }

  @Test
  public void everyKindCanBePutAndReadBackByIdNameListAndCount() {
    for (EntityKind<?> kind : EntityKind.all()) {
      putAndReadBack(kind);
    }
  }

  private <E> void putAndReadBack(EntityKind<E> kind) {
    E entity = SampleEntities.of(kind, "id-1", "name-1");
    String id = kind.idOf(entity);
    applyNext(writer -> writer.put(kind, entity));

    store.read(
        reader -> {
          assertThat(reader.get(kind, id)).as(kind.name()).contains(entity);
          assertThat(reader.list(kind)).as(kind.name()).containsExactly(entity);
          assertThat(reader.count(kind)).as(kind.name()).isOne();
          if (kind.hasUniqueNames()) {
            assertThat(reader.findByName(kind, "name-1")).as(kind.name()).contains(entity);
            assertThat(reader.findByName(kind, "name-2")).as(kind.name()).isEmpty();
          }
          return null;
        });
  }

  @Test
  public void putReplacesTheEntityWithTheSameId() {
    Service first = SampleEntities.service("svc-1", "web");
    Service second = first.update(first.spec().withReplicas(5), SampleEntities.T0);
    applyNext(writer -> writer.put(EntityKind.SERVICE, first));
    applyNext(writer -> writer.put(EntityKind.SERVICE, second));

    assertThat(list(store, EntityKind.SERVICE)).containsExactly(second);
  }

  @Test
  public void listIsOrderedByIdWhateverTheInsertionOrder() {
    for (String id : List.of("svc-c", "svc-a", "svc-d", "svc-b")) {
      applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service(id, "n-" + id)));
    }

    assertThat(list(store, EntityKind.SERVICE))
        .extracting(service -> service.id().value())
        .containsExactly("svc-a", "svc-b", "svc-c", "svc-d");
  }

  @Test
  public void findByNameIsRefusedForKindsWithoutUniqueNames() {
    for (EntityKind<?> kind : EntityKind.all()) {
      if (!kind.hasUniqueNames()) {
        assertThatThrownBy(() -> findByName(store, kind, "x"))
            .as(kind.name())
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  public void renamingAnEntityMovesItsNameIndexEntry() {
    for (EntityKind<?> kind : EntityKind.all()) {
      if (kind.hasUniqueNames()) {
        renameAndCheck(kind);
      }
    }
  }

  private <E> void renameAndCheck(EntityKind<E> kind) {
    E renamed = SampleEntities.of(kind, "id-1", "new-name");
    applyNext(writer -> writer.put(kind, SampleEntities.of(kind, "id-1", "old-name")));
    applyNext(writer -> writer.put(kind, renamed));
    E successor = SampleEntities.of(kind, "id-2", "old-name");
    applyNext(writer -> writer.put(kind, successor));

    store.read(
        reader -> {
          assertThat(reader.findByName(kind, "new-name")).as(kind.name()).contains(renamed);
          assertThat(reader.findByName(kind, "old-name")).as(kind.name()).contains(successor);
          assertThat(reader.count(kind)).as(kind.name()).isEqualTo(2);
          return null;
        });
  }

  @Test
  public void deletingAnEntityRemovesItAndFreesItsName() {
    for (EntityKind<?> kind : EntityKind.all()) {
      deleteAndCheck(kind);
    }
  }

  private <E> void deleteAndCheck(EntityKind<E> kind) {
    E entity = SampleEntities.of(kind, "id-1", "name-1");
    String id = kind.idOf(entity);
    applyNext(writer -> writer.put(kind, entity));
    applyNext(writer -> writer.delete(kind, id));

    store.read(
        reader -> {
          assertThat(reader.get(kind, id)).as(kind.name()).isEmpty();
          assertThat(reader.list(kind)).as(kind.name()).isEmpty();
          assertThat(reader.count(kind)).as(kind.name()).isZero();
          if (kind.hasUniqueNames()) {
            assertThat(reader.findByName(kind, "name-1")).as(kind.name()).isEmpty();
          }
          return null;
        });
    if (kind.hasUniqueNames()) {
      E successor = SampleEntities.of(kind, "id-2", "name-1");
      applyNext(writer -> writer.put(kind, successor));
      assertThat(findByName(store, kind, "name-1")).contains(successor);
    }
  }

  @Test
  public void deletingAnAbsentEntityOnlyAdvancesTheIndex() {
    applyNext(writer -> writer.delete(EntityKind.SERVICE, "missing"));

    assertThat(store.lastAppliedIndex()).isOne();
    assertThat(count(store, EntityKind.SERVICE)).isZero();
  }

  @Test
  public void aNameHeldByAnotherEntityIsRefusedAndTheWholeTransactionDiscarded() {
    Service web = SampleEntities.service("svc-1", "web");
    applyNext(writer -> writer.put(EntityKind.SERVICE, web));

    assertThatThrownBy(
            () ->
                store.apply(
                    2,
                    writer -> {
                      writer.put(EntityKind.NODE, SampleEntities.node("node-1"));
                      writer.put(EntityKind.SERVICE, SampleEntities.service("svc-2", "web"));
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.lastAppliedIndex()).isEqualTo(2);
    store.read(
        reader -> {
          assertThat(reader.get(EntityKind.NODE, "node-1")).isEmpty();
          assertThat(reader.get(EntityKind.SERVICE, "svc-2")).isEmpty();
          assertThat(reader.findByName(EntityKind.SERVICE, "web")).contains(web);
          return null;
        });
  }

  @Test
  public void aMutationThatThrowsKeepsNoWritesButAdvancesTheIndex() {
    Service kept = SampleEntities.service("svc-1", "kept");
    applyNext(writer -> writer.put(EntityKind.SERVICE, kept));
    var rejection = new IllegalArgumentException("rejected on purpose");

    assertThatThrownBy(
            () ->
                store.apply(
                    2,
                    writer -> {
                      writer.put(EntityKind.SERVICE, SampleEntities.service("svc-2", "added"));
                      writer.delete(EntityKind.SERVICE, "svc-1");
                      throw rejection;
                    }))
        .isSameAs(rejection);

    assertThat(store.lastAppliedIndex()).isEqualTo(2);
    store.read(
        reader -> {
          assertThat(reader.lastAppliedIndex()).isEqualTo(2);
          assertThat(reader.list(EntityKind.SERVICE)).containsExactly(kept);
          assertThat(reader.findByName(EntityKind.SERVICE, "added")).isEmpty();
          assertThat(reader.findByName(EntityKind.SERVICE, "kept")).contains(kept);
          return null;
        });
    applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-3", "added")));
    assertThat(store.lastAppliedIndex()).isEqualTo(3);
  }

  @Test
  public void anIndexNotAfterTheLastAppliedOneIsRefusedWithoutRunningTheMutation() {
    store.apply(5, writer -> writer.put(EntityKind.NODE, SampleEntities.node("node-1")));
    var ran = new AtomicBoolean();

    assertThatThrownBy(() -> store.apply(5, writer -> ran.set(true)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.apply(4, writer -> ran.set(true)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ran).isFalse();
    assertThat(store.lastAppliedIndex()).isEqualTo(5);
    assertThat(count(store, EntityKind.NODE)).isOne();
  }

  @Test
  public void indexesMayHaveGaps() {
    store.apply(3, writer -> {});
    store.apply(10, writer -> {});

    assertThat(store.lastAppliedIndex()).isEqualTo(10);
  }

  @Test
  public void aTransactionSeesItsOwnWritesAndThePreviousIndex() {
    applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-1", "one")));
    Service two = SampleEntities.service("svc-2", "two");

    applyNext(
        writer -> {
          writer.put(EntityKind.SERVICE, two);
          assertThat(writer.get(EntityKind.SERVICE, "svc-2")).contains(two);
          assertThat(writer.findByName(EntityKind.SERVICE, "two")).contains(two);
          assertThat(writer.count(EntityKind.SERVICE)).isEqualTo(2);
          writer.delete(EntityKind.SERVICE, "svc-1");
          assertThat(writer.get(EntityKind.SERVICE, "svc-1")).isEmpty();
          assertThat(writer.findByName(EntityKind.SERVICE, "one")).isEmpty();
          assertThat(writer.list(EntityKind.SERVICE)).containsExactly(two);
          assertThat(writer.count(EntityKind.SERVICE)).isOne();
          assertThat(writer.lastAppliedIndex()).isOne();
        });

    assertThat(list(store, EntityKind.SERVICE)).containsExactly(two);
  }

  @Test
  public void aReadDuringAnApplySeesTheStateBeforeItUntilItCommits() throws Exception {
    applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-0", "zero")));
    var written = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    ExecutorService applier = Executors.newSingleThreadExecutor();
    try {
      Future<?> applying =
          applier.submit(
              () ->
                  store.apply(
                      2,
                      writer -> {
                        writer.put(EntityKind.SERVICE, SampleEntities.service("svc-1", "one"));
                        writer.put(EntityKind.SERVICE, SampleEntities.service("svc-2", "two"));
                        writer.delete(EntityKind.SERVICE, "svc-0");
                        written.countDown();
                        await(release);
                      }));
      await(written);

      store.read(
          reader -> {
            assertThat(reader.lastAppliedIndex()).isOne();
            assertThat(reader.list(EntityKind.SERVICE))
                .extracting(Service::name)
                .containsExactly("zero");
            assertThat(reader.findByName(EntityKind.SERVICE, "one")).isEmpty();
            return null;
          });

      release.countDown();
      applying.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      applier.shutdownNow();
    }

    store.read(
        reader -> {
          assertThat(reader.lastAppliedIndex()).isEqualTo(2);
          assertThat(reader.list(EntityKind.SERVICE))
              .extracting(Service::name)
              .containsExactly("one", "two");
          return null;
        });
  }

  @Test
  public void concurrentReadersOnlyEverSeeWholeTransactions() throws Exception {
    int applies = 100;
    Service a = SampleEntities.service("svc-a", "a");
    Service b = SampleEntities.service("svc-b", "b");
    var stop = new AtomicBoolean();
    var reads = new AtomicLong();
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      var running = new ArrayList<Future<?>>();
      for (int r = 0; r < 2; r++) {
        running.add(
            readers.submit(
                () -> {
                  while (!stop.get()) {
                    String violation = checkPair(a, b);
                    if (violation != null) {
                      violations.add(violation);
                    }
                    reads.incrementAndGet();
                  }
                }));
      }
      for (int i = 1; i <= applies; i++) {
        if (i % 10 == 1) {
          // On a loaded machine the writer can finish before a reader ever runs; make the reads
          // interleave with the writes, or the test would prove nothing.
          awaitMoreReadsThan(reads, reads.get());
        }
        int replicas = i;
        store.apply(
            i,
            writer -> {
              writer.put(EntityKind.SERVICE, withReplicas(a, replicas));
              writer.put(EntityKind.SERVICE, withReplicas(b, replicas));
            });
      }
      stop.set(true);
      for (Future<?> reader : running) {
        reader.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } finally {
      stop.set(true);
      readers.shutdownNow();
    }

    assertThat(violations).isEmpty();
    assertThat(reads.get()).isPositive();
    assertThat(checkPair(a, b)).isNull();
    assertThat(get(store, EntityKind.SERVICE, "svc-a"))
        .map(service -> service.spec().replicas())
        .contains(applies);
  }

  private static void awaitMoreReadsThan(AtomicLong reads, long seen) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (reads.get() <= seen) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no reader ran within " + TIMEOUT_SECONDS + " s");
      }
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  /** Both services at the replica count equal to the applied index, or neither present. */
  private String checkPair(Service a, Service b) {
    return store.read(
        reader -> {
          long index = reader.lastAppliedIndex();
          Optional<Service> first = reader.get(EntityKind.SERVICE, a.id().value());
          Optional<Service> second = reader.get(EntityKind.SERVICE, b.id().value());
          long expected = index == 0 ? -1 : index;
          long firstReplicas = first.map(s -> (long) s.spec().replicas()).orElse(-1L);
          long secondReplicas = second.map(s -> (long) s.spec().replicas()).orElse(-1L);
          if (firstReplicas != expected || secondReplicas != expected) {
            return "at index " + index + ": " + firstReplicas + " / " + secondReplicas;
          }
          return null;
        });
  }

  @Test
  public void eventsAreListedInLogOrderThanksToTheirPaddedKeys() {
    for (long id : List.of(100L, 9L, 10L, 1L)) {
      applyNext(writer -> writer.put(EntityKind.EVENT, SampleEntities.event(id)));
    }

    assertThat(list(store, EntityKind.EVENT))
        .extracting(Event::id)
        .containsExactly(1L, 9L, 10L, 100L);
  }

  @Test
  public void listFromReadsOnePageInIdOrderStartingAtTheGivenId() {
    for (long id = 1; id <= 12; id++) {
      long eventId = id;
      applyNext(writer -> writer.put(EntityKind.EVENT, SampleEntities.event(eventId)));
    }

    store.read(
        reader -> {
          assertThat(reader.listFrom(EntityKind.EVENT, Event.key(2), 3))
              .extracting(Event::id)
              .containsExactly(2L, 3L, 4L);
          assertThat(reader.listFrom(EntityKind.EVENT, Event.key(11), 5))
              .extracting(Event::id)
              .containsExactly(11L, 12L);
          assertThat(reader.listFrom(EntityKind.EVENT, "", 2))
              .extracting(Event::id)
              .containsExactly(1L, 2L);
          assertThat(reader.listFrom(EntityKind.EVENT, Event.key(13), 5)).isEmpty();
          assertThat(reader.listFrom(EntityKind.EVENT, "", 0)).isEmpty();
          assertThatThrownBy(() -> reader.listFrom(EntityKind.EVENT, "", -1))
              .isInstanceOf(IllegalArgumentException.class);
          assertThat(reader.listFrom(EntityKind.SERVICE, "", 10)).isEmpty();
          return null;
        });
  }

  @Test
  public void lastIsTheEntityWithTheGreatestIdOrEmpty() {
    assertThat(lastEvent()).isEmpty();
    for (long id : List.of(2L, 12L, 7L)) {
      applyNext(writer -> writer.put(EntityKind.EVENT, SampleEntities.event(id)));
    }

    assertThat(lastEvent()).map(Event::id).contains(12L);
  }

  private Optional<Event> lastEvent() {
    return store.read(reader -> reader.last(EntityKind.EVENT));
  }

  @Test
  public void rangeReadsInsideATransactionSeeItsOwnPutsAndDeletes() {
    for (long id = 1; id <= 4; id++) {
      long eventId = id;
      applyNext(writer -> writer.put(EntityKind.EVENT, SampleEntities.event(eventId)));
    }

    applyNext(
        writer -> {
          writer.delete(EntityKind.EVENT, Event.key(1));
          writer.delete(EntityKind.EVENT, Event.key(3));
          writer.put(EntityKind.EVENT, SampleEntities.event(5));
          assertThat(writer.listFrom(EntityKind.EVENT, "", 10))
              .extracting(Event::id)
              .containsExactly(2L, 4L, 5L);
          assertThat(writer.listFrom(EntityKind.EVENT, Event.key(3), 1))
              .extracting(Event::id)
              .containsExactly(4L);
          assertThat(writer.last(EntityKind.EVENT)).map(Event::id).contains(5L);
          writer.delete(EntityKind.EVENT, Event.key(5));
          writer.delete(EntityKind.EVENT, Event.key(4));
          assertThat(writer.last(EntityKind.EVENT)).map(Event::id).contains(2L);
        });

    assertThat(list(store, EntityKind.EVENT)).extracting(Event::id).containsExactly(2L);
  }

  @Test
  public void aSnapshotRestoredIntoAFreshStoreGivesEqualStateAndIndex() {
    populateEveryKind();
    store.apply(42, writer -> {});
    Path snapshot = freshPath("state.snapshot");

    store.writeSnapshot(snapshot);
    ClusterStatePort restored = anotherStore("restored");
    restored.restoreSnapshot(snapshot);

    assertThat(restored.lastAppliedIndex()).isEqualTo(42);
    assertSameState(restored, store);
    restored.apply(43, writer -> writer.put(EntityKind.NODE, SampleEntities.node("node-after")));
    assertThat(restored.lastAppliedIndex()).isEqualTo(43);
  }

  @Test
  public void restoringReplacesEverythingTheStoreHeldBefore() {
    applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-1", "web")));
    Path snapshot = freshPath("state.snapshot");
    store.writeSnapshot(snapshot);

    ClusterStatePort other = anotherStore("other");
    other.apply(
        100,
        writer -> {
          writer.put(EntityKind.SERVICE, SampleEntities.service("svc-x", "stale"));
          writer.put(EntityKind.SECRET, SampleEntities.secret("sec-x", "stale"));
        });
    other.restoreSnapshot(snapshot);

    assertThat(other.lastAppliedIndex()).isOne();
    assertSameState(other, store);
    other.read(
        reader -> {
          assertThat(reader.findByName(EntityKind.SERVICE, "stale")).isEmpty();
          assertThat(reader.findByName(EntityKind.SECRET, "stale")).isEmpty();
          return null;
        });
    other.apply(
        2, writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-y", "stale")));
    assertThat(findByName(other, EntityKind.SERVICE, "stale")).isPresent();
  }

  @Test
  public void aSnapshotIsNeverWrittenOverAnExistingFile() throws IOException {
    Path existing = Files.writeString(freshPath("existing"), "keep me");

    assertThatThrownBy(() -> store.writeSnapshot(existing))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  public void restoringAFileThatIsNotASnapshotIsRefusedAndChangesNothing() throws IOException {
    applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-1", "web")));
    Path foreign =
        Files.write(
            freshPath("foreign"),
            "this is not a warren snapshot, just some text"
                .repeat(20)
                .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> store.restoreSnapshot(foreign))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(store.lastAppliedIndex()).isOne();
    assertThat(findByName(store, EntityKind.SERVICE, "web")).isPresent();
  }

  @Test
  public void stateIndexAndNamesSurviveClosingAndReopening() {
    populateEveryKind();
    assertThatThrownBy(
            () ->
                store.apply(
                    store.lastAppliedIndex() + 1,
                    writer -> {
                      throw new IllegalStateException("rejected");
                    }))
        .isInstanceOf(IllegalStateException.class);
    long index = store.lastAppliedIndex();
    ClusterStatePort reference = anotherStore("reference");
    Path snapshot = freshPath("reference.snapshot");
    store.writeSnapshot(snapshot);
    reference.restoreSnapshot(snapshot);
    store.close();

    Optional<ClusterStatePort> reopened = reopen(primaryDir);
    assumeTrue(reopened.isPresent(), "the store under test is not persistent");
    store = track(reopened.get());

    assertThat(store.lastAppliedIndex()).isEqualTo(index);
    assertSameState(store, reference);
  }

  @Test
  public void everyIndexUpToTheLastAppliedOneCountsAsApplied() {
    assertThat(store.hasApplied(1)).isFalse();

    applyNext(writer -> writer.put(EntityKind.SERVICE, SampleEntities.service("svc-1", "web")));
    store.apply(3, writer -> {});

    assertThat(store.hasApplied(1)).isTrue();
    assertThat(store.hasApplied(2)).as("skipped by the log, so never to be applied").isTrue();
    assertThat(store.hasApplied(3)).isTrue();
    assertThat(store.hasApplied(4)).isFalse();
  }

  @Test
  public void applyOnceAppliesANewEntrySkipsAReplayedOneAndReportsARejection() {
    var web = SampleEntities.service("svc-1", "web");
    var runs = new AtomicLong();
    Consumer<StateWriter> createWeb =
        writer -> {
          runs.incrementAndGet();
          writer.put(EntityKind.SERVICE, web);
        };

    ApplyOutcome first = ApplyOutcome.applyOnce(store, 1, createWeb);
    ApplyOutcome replayed = ApplyOutcome.applyOnce(store, 1, createWeb);
    ApplyOutcome rejected =
        ApplyOutcome.applyOnce(
            store,
            2,
            writer -> {
              writer.put(EntityKind.SERVICE, SampleEntities.service("svc-2", "api"));
              throw new AlreadyExistsException("service already exists: web");
            });

    assertThat(first).isEqualTo(new ApplyOutcome.Applied(1));
    assertThat(replayed).isEqualTo(new ApplyOutcome.AlreadyApplied(1));
    assertThat(runs).hasValue(1);
    assertThat(rejected)
        .isEqualTo(
            new ApplyOutcome.Rejected(2, ErrorKind.ALREADY_EXISTS, "service already exists: web"));
    assertThat(store.lastAppliedIndex()).isEqualTo(2);
    assertThat(list(store, EntityKind.SERVICE)).containsExactly(web);
  }

  @Test
  public void closingTwiceIsHarmless() {
    store.close();
    store.close();
  }

  /** Three entities of every kind (one cluster), each put by its own log entry. */
  protected final void populateEveryKind() {
    for (EntityKind<?> kind : EntityKind.all()) {
      for (int i = 1; i <= 3; i++) {
        putSample(kind, "id-" + i, "name-" + i);
      }
    }
  }

  private <E> void putSample(EntityKind<E> kind, String id, String name) {
    E entity = SampleEntities.of(kind, id, name);
    applyNext(writer -> writer.put(kind, entity));
  }

  /** Applies {@code mutation} at the index after the store's last applied one. */
  protected final void applyNext(Consumer<StateWriter> mutation) {
    store.apply(store.lastAppliedIndex() + 1, mutation);
  }

  /** Every entity of {@code kind} in {@code port}, by id. */
  protected static <E> List<E> list(ClusterStatePort port, EntityKind<E> kind) {
    return port.read(reader -> reader.list(kind));
  }

  protected static <E> Optional<E> get(ClusterStatePort port, EntityKind<E> kind, String id) {
    return port.read(reader -> reader.get(kind, id));
  }

  protected static <E> Optional<E> findByName(
      ClusterStatePort port, EntityKind<E> kind, String name) {
    return port.read(reader -> reader.findByName(kind, name));
  }

  protected static long count(ClusterStatePort port, EntityKind<?> kind) {
    return port.read(reader -> reader.count(kind));
  }

  /** Asserts that {@code actual} holds exactly what {@code expected} holds, names included. */
  protected static void assertSameState(ClusterStatePort actual, ClusterStatePort expected) {
    assertThat(actual.lastAppliedIndex()).isEqualTo(expected.lastAppliedIndex());
    for (EntityKind<?> kind : EntityKind.all()) {
      assertSameEntities(actual, expected, kind);
    }
  }

  private static <E> void assertSameEntities(
      ClusterStatePort actual, ClusterStatePort expected, EntityKind<E> kind) {
    List<E> entities = list(expected, kind);
    assertThat(list(actual, kind)).as(kind.name()).isEqualTo(entities);
    if (kind.hasUniqueNames()) {
      for (E entity : entities) {
        String name = kind.nameOf(entity).orElseThrow();
        assertThat(findByName(actual, kind, name)).as(kind.name() + " " + name).contains(entity);
      }
    }
  }

  private static Service withReplicas(Service service, int replicas) {
    return new Service(
        service.id(),
        service.spec().withReplicas(replicas),
        service.previousSpec(),
        service.version(),
        service.createdAt(),
        service.updatedAt());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
