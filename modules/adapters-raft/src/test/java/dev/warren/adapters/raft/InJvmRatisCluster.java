package dev.warren.adapters.raft;

import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.Await;
import dev.warren.testkit.TestPki;
import dev.warren.testkit.linearizability.ClusterUnderTest;
import dev.warren.testkit.linearizability.Failure;
import dev.warren.testkit.linearizability.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.util.CodeInjectionForTesting;

/**
 * Three managers in this JVM, each a real {@link RatisReplicatedLogAdapter} on 127.0.0.1 applying
 * to its own Xodus store through the real apply logic, as one {@link ClusterUnderTest}. Writes are
 * proposals on the chosen member; reads are its read barrier, then its local store, or, with {@link
 * Reads#LOCAL_WITHOUT_BARRIER}, the local store alone (the broken read path a checker must catch).
 *
 * <p>Faults in one JVM: {@link #kill} closes the member's log and store (a clean stop, not a crash;
 * crash faults need the process cluster), {@link #restart} starts it again on the same directories
 * and port, {@link #pause} holds the member's apply thread (it keeps voting and logging, but its
 * state stops moving, like a member lagging far behind) until {@link #resume}, {@link #isolate}
 * holds every Raft message between the member and the others (not client traffic: a follower's
 * proposals still reach the leader) until {@link #heal}.
 *
 * <p>Isolation uses Ratis' test hooks, which are global to the JVM: one such cluster at a time.
 */
final class InJvmRatisCluster implements ClusterUnderTest {
  private static final TestPki PKI = TestPki.create("linearizability");
  private static final Instant NOW = Instant.parse("2026-12-08T06:00:00Z");
  private static final Duration FORMED = Duration.ofSeconds(60);

  /** How reads are served. */
  enum Reads {
    /** The read barrier (Ratis' read index), then the local store: linearizable. */
    LINEARIZABLE,
    /** The local store alone: stale on a lagging member. Broken on purpose. */
    LOCAL_WITHOUT_BARRIER
  }

  private final Path directory;
  private final Reads reads;
  private final Duration callTimeout;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Partition partition = new Partition();

  private InJvmRatisCluster(Path directory, Reads reads, Duration callTimeout) {
    this.directory = directory;
    this.reads = reads;
    this.callTimeout = callTimeout;
  }

  /**
   * Starts m1, then m2 and m3 joining it, and returns once all three know the leader and have
   * applied what it committed.
   *
   * @param callTimeout how long a call waits for its answer before it counts as unknown
   */
  static InJvmRatisCluster start(Path directory, Reads reads, Duration callTimeout)
      throws Exception {
    var cluster = new InJvmRatisCluster(directory, reads, callTimeout);
    cluster.partition.install();
    try {
      for (String id : List.of("m1", "m2", "m3")) {
        cluster.members.put(id, new Member(id, directory.resolve(id)));
      }
      cluster.members.get("m1").start(false);
      for (String id : List.of("m2", "m3")) {
        Member joining = cluster.members.get(id);
        joining.start(true);
        cluster
            .members
            .get("m1")
            .log
            .addMember(id, joining.log.address())
            .get(FORMED.toSeconds(), TimeUnit.SECONDS);
      }
      Await.until(
          () ->
              cluster.members.values().stream()
                  .allMatch(
                      member ->
                          member.log.membership().members().size() == 3 && member.log.isCaughtUp()),
          FORMED);
      return cluster;
    } catch (Exception | AssertionError e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public List<String> members() {
    return List.copyOf(members.keySet());
  }

  @Override
  public Outcome create(String member, String name) throws Exception {
    var service = Service.create(idOf(name), ServiceSpec.of(name, "nginx:1", 1), NOW);
    return write(member, new ServiceChange.ServiceCreated(service), 1);
  }

  @Override
  public Outcome update(String member, String name, long expectedVersion) throws Exception {
    var next = new Version(expectedVersion + 1);
    var service =
        new Service(
            idOf(name),
            ServiceSpec.of(name, "nginx:" + next.value(), 1),
            Optional.empty(),
            next,
            NOW,
            NOW);
    return write(member, new ServiceChange.ServiceUpdated(service), next.value());
  }

  private Outcome write(String id, StateChange change, long version) throws Exception {
    CompletableFuture<Long> proposed = up(id).log.propose(change);
    try {
      proposed.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return Outcome.ok(version);
    } catch (ExecutionException e) {
      return switch (e.getCause()) {
        case AlreadyExistsException exists -> Outcome.failed(Failure.EXISTS);
        case NotFoundException missing -> Outcome.failed(Failure.NOT_FOUND);
        case VersionConflictException conflict -> Outcome.failed(Failure.VERSION_MISMATCH);
        default -> throw e;
      };
    }
  }

  @Override
  public Outcome get(String id, String name) throws Exception {
    Member member = up(id);
    RatisReplicatedLogAdapter log = member.log;
    XodusClusterStateAdapter state = member.state;
    if (reads == Reads.LINEARIZABLE) {
      log.readBarrier().get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    Optional<Service> service = state.read(reader -> reader.findByName(EntityKind.SERVICE, name));
    return service
        .map(found -> Outcome.ok(found.version().value()))
        .orElse(Outcome.failed(Failure.NOT_FOUND));
  }

  private Member up(String id) {
    Member member = members.get(id);
    if (member.down) {
      throw new NotSentException(id);
    }
    return member;
  }

  @Override
  public void kill(String id) {
    members.get(id).stop();
  }

  @Override
  public void restart(String id) {
    members.get(id).start(false);
  }

  @Override
  public void pause(String id) {
    members.get(id).gate.hold();
  }

  @Override
  public void resume(String id) {
    members.get(id).gate.release();
  }

  @Override
  public void isolate(String id) {
    partition.isolate(id);
  }

  @Override
  public void heal(String id) {
    partition.heal(id);
  }

  /** A running member that does not lead now. */
  String aFollower() {
    String leader = members.get("m1").log.membership().leaderId().orElseThrow();
    return members.keySet().stream()
        .filter(id -> !id.equals(leader) && !members.get(id).down)
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  /** The version of service {@code name} in each running member's store (0 if absent). */
  Map<String, Long> versionsOf(String name) {
    Map<String, Long> versions = new LinkedHashMap<>();
    members.forEach(
        (id, member) -> {
          if (!member.down) {
            versions.put(
                id,
                member
                    .state
                    .read(reader -> reader.findByName(EntityKind.SERVICE, name))
                    .map(service -> service.version().value())
                    .orElse(0L));
          }
        });
    return versions;
  }

  @Override
  public void close() {
    partition.uninstall();
    List<RuntimeException> failures = new ArrayList<>();
    for (Member member : members.values()) {
      try {
        member.stop();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      var failed = new IllegalStateException("the cluster did not close cleanly", failures.get(0));
      failures.stream().skip(1).forEach(failed::addSuppressed);
      throw failed;
    }
  }

  /** Services get ids derived from their names, so an update names the service without a read. */
  private static ServiceId idOf(String name) {
    return ServiceId.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
  }

  /** One manager: its Raft log and store, restartable on the same directories and port. */
  private static final class Member {
    final String id;
    final Path directory;
    final ApplyGate gate = new ApplyGate();
    volatile boolean down = true;
    volatile RatisReplicatedLogAdapter log;
    volatile XodusClusterStateAdapter state;
    int port;

    Member(String id, Path directory) {
      this.id = id;
      this.directory = directory;
    }

    synchronized void start(boolean joining) {
      state = new XodusClusterStateAdapter(new StorageSettings(directory.resolve("state"), false));
      ApplyCommittedChangeUseCase apply = gate.guarding(new ApplyCommittedChangeHandler(state));
      var settings =
          new RaftSettings(
              id,
              directory.resolve("raft"),
              "127.0.0.1",
              port,
              Duration.ofMillis(500),
              Duration.ofMillis(1500),
              1_000,
              RaftTestTls.manager(PKI, id));
      try {
        log =
            joining
                ? RatisReplicatedLogAdapter.startJoining(settings, apply, state)
                : RatisReplicatedLogAdapter.start(settings, apply, state);
      } catch (RuntimeException e) {
        state.close();
        throw e;
      }
      port = log.port();
      down = false;
    }

    synchronized void stop() {
      if (down) {
        return;
      }
      down = true;
      // A held apply thread would keep the server from closing.
      gate.release();
      try {
        log.close();
      } finally {
        state.close();
      }
    }
  }

  /**
   * Holds, on Ratis' hooks where a server handles a peer's append, vote and snapshot requests,
   * every request an isolated member sends or receives until it is healed: the sender sees a peer
   * that does not answer, as behind a dropped link.
   */
  private static final class Partition implements CodeInjectionForTesting.Code {
    private static final List<String> HOOKS =
        List.of(
            "RaftServerImpl.appendEntries",
            "RaftServerImpl.requestVote",
            "RaftServerImpl.installSnapshot");

    private final Set<String> isolated = new HashSet<>();

    void install() {
      HOOKS.forEach(hook -> CodeInjectionForTesting.put(hook, this));
    }

    void uninstall() {
      HOOKS.forEach(CodeInjectionForTesting::remove);
      synchronized (this) {
        isolated.clear();
        notifyAll();
      }
    }

    synchronized void isolate(String id) {
      isolated.add(id);
    }

    synchronized void heal(String id) {
      isolated.remove(id);
      notifyAll();
    }

    @Override
    public synchronized boolean execute(Object localId, Object remoteId, Object... args) {
      while (isolated.contains(String.valueOf(localId))
          || isolated.contains(String.valueOf(remoteId))) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return false;
    }
  }

  /** Holds a member's apply thread while closed; open at first. */
  private static final class ApplyGate {
    private CompletableFuture<Void> open = CompletableFuture.completedFuture(null);

    synchronized void hold() {
      if (open.isDone()) {
        open = new CompletableFuture<>();
      }
    }

    synchronized void release() {
      open.complete(null);
    }

    private synchronized CompletableFuture<Void> current() {
      return open;
    }

    ApplyCommittedChangeUseCase guarding(ApplyCommittedChangeUseCase apply) {
      return new ApplyCommittedChangeUseCase() {
        @Override
        public ApplyOutcome apply(long logIndex, long logTerm, StateChange change) {
          current().join();
          return apply.apply(logIndex, logTerm, change);
        }
      };
    }
  }
}
