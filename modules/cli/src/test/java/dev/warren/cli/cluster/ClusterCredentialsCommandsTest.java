package dev.warren.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.crypto.BcCertificateAuthorityAdapter;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.FakeManager;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * {@code cluster ca} and {@code cluster login} with a real Bouncy Castle CA behind a fake
 * RequestCertificate (the pinned TLS transport is tested in adapters-grpc).
 */
class ClusterCredentialsCommandsTest {
  private static final String SECRET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  @TempDir Path dataDir;
  @TempDir Path home;

  private final ClusterId cluster = ClusterId.random();
  private final List<RequestCertificateRequest> requests = new ArrayList<>();
  private final List<String> pinnedDigests = new ArrayList<>();
  private BcCertificateAuthorityAdapter ca;
  private CaCertificate root;
  private Role tokenRole = Role.ADMIN;

  @BeforeEach
  void createCa() {
    ca = new BcCertificateAuthorityAdapter(dataDir.resolve("pki"), InstantSource.system());
    root = ca.createRoot(cluster);
  }

  private CliEnvironment environment() {
    return new CliEnvironment(
        Map.of("USER", "Alice.Smith"), home, new ByteArrayInputStream(new byte[0]));
  }

  private IssuedCertificate issue(
      TcpAddress manager, String digest, Duration deadline, RequestCertificateRequest request) {
    requests.add(request);
    pinnedDigests.add(digest);
    if (!request.token().endsWith(SECRET)) {
      throw new PermissionDeniedException(
          "unknown join token; ask an administrator for a current one");
    }
    return ca.issue(
        new CertificateRequest(
            new Identity(request.name(), cluster, tokenRole),
            List.of(),
            List.of(),
            new KeySource.Csr(request.csrPem().orElseThrow()),
            Duration.ofDays(90)));
  }

  private IFactory factory() {
    return TestCommands.factory(
        new FakeManager(InstantSource.system()),
        config -> {
          throw new AssertionError("no manager is started here");
        },
        InstantSource.system(),
        this::issue);
  }

  private CliRun run(String... args) {
    return CliRun.execute(factory(), environment(), args);
  }

  private String token() {
    return "WRN-1-" + root.sha256Digest() + "-" + SECRET;
  }

  @Test
  void caWithADataDirPrintsTheManagersCaAndTheDigestJoinTokensCarry() {
    CliRun run = run("cluster", "ca", "--data-dir", dataDir.toString());

    assertThat(run.succeeded())
        .startsWith("-----BEGIN CERTIFICATE-----")
        .contains("SHA-256:  " + root.sha256Digest());
  }

  @Test
  void caQuietPrintsOnlyTheDigest() {
    CliRun run = run("cluster", "ca", "--data-dir", dataDir.toString(), "-q");

    assertThat(run.out()).isEqualTo(root.sha256Digest() + "\n");
  }

  @Test
  void caAsJsonHoldsTheDigest() {
    CliRun run = run("cluster", "ca", "--data-dir", dataDir.toString(), "-o", "json");

    assertThat(run.out())
        .as(run.toString())
        .contains("\"sha256Digest\"")
        .contains(root.sha256Digest());
  }

  @Test
  void caWithoutCredentialsIsNotFoundAndSaysWhatToDo() {
    CliRun run = run("cluster", "ca");

    assertThat(run.failed(ExitCodes.NOT_FOUND))
        .contains("no cluster CA certificate at")
        .contains("cluster login");
  }

  @Test
  void loginSendsOnlyACsrPinsTheTokensDigestAndStoresTheCredentials() throws Exception {
    CliRun run = run("cluster", "login", "--manager", "127.0.0.1:9", "--token", token());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(pinnedDigests).containsExactly(root.sha256Digest());
    assertThat(requests.getFirst().name()).isEqualTo("alice-smith");
    assertThat(requests.getFirst().csrPem()).get().asString().contains("CERTIFICATE REQUEST");
    assertThat(run.out())
        .contains("Logged in as alice-smith (role admin) to cluster " + cluster.value())
        .doesNotContain("Note:");
    var stored = environment().credentials().read().orElseThrow();
    assertThat(stored.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(stored.caCertificatePem())
        .isEqualTo(new String(root.certificatePem().toArray(), StandardCharsets.US_ASCII));
    assertThat(
            Files.getPosixFilePermissions(
                home.resolve(".config/warren/tls").resolve(CredentialsDirectory.KEY_FILE)))
        .hasSize(2);
  }

  @Test
  void afterLoginCaReadsTheStoredCa() {
    run("cluster", "login", "--manager", "127.0.0.1:9", "--token", token(), "--name", "ops-1");

    CliRun ca = run("cluster", "ca", "-q");

    assertThat(ca.out()).isEqualTo(root.sha256Digest() + "\n");
  }

  @Test
  void aWorkerTokenGivesAWorkerCertificateWithANote() {
    tokenRole = Role.WORKER;

    CliRun run = run("cluster", "login", "--manager", "127.0.0.1:9", "--token", token());

    assertThat(run.succeeded()).contains("(role worker)").contains("Note: a worker certificate");
  }

  @Test
  void aRefusedTokenPrintsTheReasonAndExitsDenied() {
    CliRun run =
        run(
            "cluster",
            "login",
            "--manager",
            "127.0.0.1:9",
            "--token",
            "WRN-1-" + root.sha256Digest() + "-OTHERSECRET");

    assertThat(run.failed(ExitCodes.DENIED))
        .isEqualTo("error: unknown join token; ask an administrator for a current one\n");
    assertThat(environment().credentials().exists()).isFalse();
  }

  @Test
  void aMalformedTokenIsAUsageErrorThatDoesNotEchoTheToken() {
    CliRun run = run("cluster", "login", "--manager", "127.0.0.1:9", "--token", "WRN-1-abc-s3cr3t");

    assertThat(run.failed(ExitCodes.USAGE))
        .contains("not a Warren join token")
        .doesNotContain("s3cr3t");
    assertThat(requests).isEmpty();
  }

  @Test
  void theDefaultNameWithoutAUserIsAdminWithARandomSuffix() {
    var noUser = new CliEnvironment(Map.of(), home, new ByteArrayInputStream(new byte[0]));

    assertThat(ClusterLoginCommand.defaultName(noUser)).matches("admin-[0-9a-f]{6}");
  }
}
