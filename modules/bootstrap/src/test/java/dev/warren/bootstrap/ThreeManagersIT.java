package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.tls.ClientTlsIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine.IFactory;

/**
 * Three managers as separate processes ({@link ThreeManagers}): the two that joined with {@code
 * warren manager join} are voters of the group; a service created on one follower is read on the
 * other at once (reads are linearizable on followers too); a follower killed with SIGKILL and
 * started again on its data directory catches up with what was written while it was down; a manager
 * that leaves ({@code warren manager leave}) is out of the group and the node list, and the other
 * two keep writing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeManagersIT {
  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private Path root;
  private ThreeManagers managers;

  @BeforeAll
  void startThreeManagers() throws IOException {
    root = Files.createTempDirectory("managers-trio-");
    managers = ThreeManagers.start(root);
  }

  @AfterAll
  void stopThem() {
    if (managers != null) {
      managers.close();
    }
    deleteRecursively(root);
  }

  @Test
  @Order(1)
  void theJoinedManagersAreVotersOfOneGroup() {
    try (GrpcWarrenClient admin = managers.admin(2)) {
      List<ClusterMember> members = admin.get().members();
      assertThat(members)
          .extracting(ClusterMember::id)
          .containsExactlyInAnyOrder("manager-1", "manager-2", "manager-3");
      assertThat(members).extracting(ClusterMember::suffrage).containsOnly(Suffrage.VOTER);
    }
    CliRun info = warren(1, "cluster", "info");
    assertThat(info.exitCode()).as(info.toString()).isZero();
    assertThat(info.out())
        .contains("APPLIED", "REACHABLE")
        .containsPattern("manager-3 +127\\.0\\.0\\.1:\\d+ +Voter +\\*? +\\d+ +yes");
  }

  @Test
  @Order(2)
  void aServiceCreatedOnAFollowerIsReadOnTheOtherFollowerAtOnce() {
    int[] followers = followers();

    warren(followers[0], "service", "create", "web", "--image", "process://", "--", "sleep", "60")
        .succeeded();
    CliRun read = warren(followers[1], "service", "inspect", "web");

    assertThat(read.exitCode()).as(read.toString()).isZero();
    assertThat(read.out()).contains("web");
  }

  @Test
  @Order(3)
  void aFollowerKilledAndRestartedCatchesUp() {
    int follower = followers()[0];
    int other = IntStream.range(0, 3).filter(index -> index != follower).findFirst().orElseThrow();
    managers.kill(follower);

    // Two of three managers still commit.
    warren(other, "service", "create", "written-while-down", "--image", "process://").succeeded();
    try (GrpcWarrenClient admin = managers.admin(other)) {
      assertThat(admin.get().progressOf(managers.nodeId(follower)))
          .map(MemberProgress::reachable)
          .contains(false);
    }
    managers.restart(follower);

    CliRun read = warren(follower, "service", "inspect", "written-while-down");
    assertThat(read.exitCode()).as(read.toString()).isZero();
    CliRun earlier = warren(follower, "service", "inspect", "web");
    assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
  }

  @Test
  @Order(4)
  void aRemovedWorkersCertificateIsRefusedByAnotherManager() {
    ClientTlsIdentity worker = workerCertificate("worker-9");
    try (GrpcWarrenClient asWorker = managers.as(2, worker)) {
      asWorker.register(
          new RegisterNodeRequest(
              NodeId.of("worker-9"),
              NodeRole.WORKER,
              "127.0.0.1:7946",
              NodeResources.NONE,
              Map.of()));
      assertThat(asWorker.get().members()).hasSize(3);
    }

    warren(0, "node", "rm", "worker-9").succeeded();

    try (GrpcWarrenClient asWorker = managers.as(2, worker)) {
      Await.until(
          "manager-3 refuses the removed worker's certificate",
          ThreeManagers.TIMEOUT,
          () -> refusedAsRevoked(asWorker));
      assertThatThrownBy(asWorker::get)
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessageContaining("worker worker-9 was revoked when the node was removed");
    }
  }

  @Test
  @Order(5)
  void aManagerThatLeavesIsOutOfTheGroupAndTheOthersKeepWriting() {
    int leaving = 2;
    CliRun leave =
        warren(leaving, "manager", "leave", "--data-dir", managers.dataDir(leaving).toString());

    assertThat(leave.exitCode()).as(leave.toString()).isZero();
    assertThat(leave.out()).contains("Manager manager-3 left the cluster");
    try (GrpcWarrenClient admin = managers.admin(0)) {
      assertThat(admin.get().members())
          .extracting(ClusterMember::id)
          .containsExactlyInAnyOrder("manager-1", "manager-2");
    }
    warren(0, "service", "create", "after-leave", "--image", "process://").succeeded();
    CliRun nodes = warren(1, "node", "ls", "-q");
    assertThat(nodes.out()).contains("manager-1", "manager-2").doesNotContain("manager-3");
  }

  /** A worker certificate for {@code name}, redeemed from a worker token as a joining node does. */
  private ClientTlsIdentity workerCertificate(String name) {
    String token;
    try (GrpcWarrenClient admin = managers.admin(0)) {
      token = admin.joinTokens().generate(new GenerateJoinTokenRequest(Role.WORKER)).token();
    }
    TcpAddress api = managers.api(0);
    try (GrpcWarrenClient anonymous =
        GrpcWarrenClient.pinnedCa(
            api.host(), api.port(), TlsClients.digestOf(token), TlsClients.DEADLINE)) {
      IssuedCertificate issued =
          anonymous.requestCertificate(
              new RequestCertificateRequest(name, token, Optional.empty()));
      return new ClientTlsIdentity(
          issued.certificatePem(), issued.privateKeyPem().orElseThrow(), issued.caCertificatePem());
    }
  }

  private static boolean refusedAsRevoked(GrpcWarrenClient client) {
    try {
      client.get();
      return false;
    } catch (UnauthenticatedException refused) {
      return refused.getMessage().contains("revoked");
    }
  }

  private int[] followers() {
    int leader = managers.leader(0);
    return IntStream.range(0, 3).filter(index -> index != leader).toArray();
  }

  private CliRun warren(int manager, String... args) {
    var all =
        Stream.concat(Stream.of("--manager", managers.api(manager).toString()), Stream.of(args));
    return CliRun.execute(cli, managers.environment(), all.toArray(String[]::new));
  }

  private static void deleteRecursively(Path directory) {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
