package dev.warren.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import org.junit.jupiter.api.Test;

class ClusterJoinTokenCommandTest extends AgainstFakeManager {
  @Test
  void printsTheTokenWithHowToUseIt() {
    CliRun run =
        CliRun.execute(factory, "cluster", "join-token", "worker", "--manager", "10.0.0.5:8080");

    assertThat(run.succeeded())
        .isEqualTo(
            "To add a worker to this cluster, run on the new node:\n\n"
                + "    warren cluster join --token WRN-1-digest-workersecret 10.0.0.5:8080\n\n"
                + "The token expires at 2026-11-26T12:00:00Z.\n");
    assertThat(manager.ingresses().requests())
        .containsExactly(new GenerateJoinTokenRequest(Role.WORKER));
  }

  @Test
  void quietPrintsOnlyTheToken() {
    CliRun run = CliRun.execute(factory, "cluster", "join-token", "manager", "-q");

    assertThat(run.succeeded()).isEqualTo("WRN-1-digest-managersecret\n");
  }

  @Test
  void rotateRevokesEarlierTokensOfTheRoleAndSaysSo() {
    CliRun run = CliRun.execute(factory, "cluster", "join-token", "worker", "--rotate");

    assertThat(run.succeeded()).contains("Earlier worker tokens no longer work.");
    assertThat(manager.ingresses().requests())
        .containsExactly(new GenerateJoinTokenRequest(Role.WORKER, true));
  }

  @Test
  void adminTokensAreForCertificatesNotForJoining() {
    CliRun run = CliRun.execute(factory, "cluster", "join-token", "admin");

    assertThat(run.succeeded())
        .startsWith("An administrator obtains a certificate")
        .contains("WRN-1-digest-adminsecret")
        .doesNotContain("cluster join");
    assertThat(manager.ingresses().requests())
        .containsExactly(new GenerateJoinTokenRequest(Role.ADMIN));
  }

  @Test
  void otherRolesAreAUsageError() {
    CliRun hybrid = CliRun.execute(factory, "cluster", "join-token", "hybrid");
    CliRun none = CliRun.execute(factory, "cluster", "join-token");

    assertThat(hybrid.failed(ExitCodes.USAGE))
        .isEqualTo("error: join token role 'hybrid' is not one of: manager, worker, admin\n");
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(manager.ingresses().requests()).isEmpty();
  }
}
