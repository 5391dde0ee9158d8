package dev.warren.cli.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCommandsTest extends AgainstFakeManager {
  private static final byte[] BINARY = {0, 1, 2, (byte) 0xFE, (byte) 0xFF, '\n', 'x'};

  @TempDir Path dir;

  SecretCommandsTest() {
    super(Duration.ofSeconds(120));
  }

  private CliRun warrenWithStdin(byte[] stdin, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return warren(args);
    } finally {
      System.setIn(original);
    }
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private SecretMetadata create(String name) {
    CliRun run = warrenWithStdin("pw".getBytes(StandardCharsets.UTF_8), "secret", "create", name);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return manager.resources.secret(name);
  }

  @Test
  void createFromAFileSendsItsExactBytesAndPrintsTheId() throws IOException {
    Path key = file("key.bin", BINARY);

    CliRun run = warren("secret", "create", "tls-key", key.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.resources.payloadOf("tls-key")).isEqualTo(Bytes.of(BINARY));
    assertThat(run.out()).isEqualTo(manager.resources.secret("tls-key").id().value() + "\n");
  }

  @Test
  void createReadsStandardInputWhenGivenDashOrNoFile() {
    CliRun dash = warrenWithStdin(BINARY, "secret", "create", "a", "-");
    CliRun none =
        warrenWithStdin("hunter2".getBytes(StandardCharsets.UTF_8), "secret", "create", "b");

    assertThat(dash.exitCode()).as(dash.toString()).isZero();
    assertThat(none.exitCode()).as(none.toString()).isZero();
    assertThat(manager.resources.payloadOf("a")).isEqualTo(Bytes.of(BINARY));
    assertThat(manager.resources.payloadOf("b"))
        .isEqualTo(Bytes.of("hunter2".getBytes(StandardCharsets.UTF_8)));
    assertThat(none.out()).doesNotContain("hunter2");
  }

  @Test
  void aMissingFileIsAUsageErrorAndNothingIsSent() {
    CliRun run = warren("secret", "create", "db", dir.resolve("nope.txt").toString());

    assertThat(run.failed(ExitCodes.USAGE))
        .isEqualTo(
            "error: cannot read secret data: no such file: "
                + dir.resolve("nope.txt")
                + "; see 'warren secret create --help'\n");
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void contentOverTheLimitOrEmptyIsRefusedBeforeConnecting() throws IOException {
    Path big = file("big.bin", new byte[500 * 1024 + 1]);
    Path empty = file("empty.bin", new byte[0]);

    CliRun tooBig = warren("secret", "create", "big", big.toString());
    CliRun nothing = warren("secret", "create", "empty", empty.toString());

    assertThat(tooBig.failed(ExitCodes.USAGE))
        .isEqualTo(
            "error: secret data from " + big + " is over the limit of 500 KiB (512000 bytes)\n");
    assertThat(nothing.failed(ExitCodes.USAGE)).startsWith("error: secret data is empty");
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void aDuplicateNameIsAConflict() {
    create("db");

    CliRun again = warrenWithStdin(BINARY, "secret", "create", "db");

    assertThat(again.failed(ExitCodes.CONFLICT)).isEqualTo("error: secret already exists: db\n");
  }

  @Test
  void lsPrintsATableIdsOrJsonWithoutContent() {
    SecretMetadata zeta = create("zeta");
    SecretMetadata alpha = create("alpha");

    CliRun table = warren("secret", "ls");
    CliRun quiet = warren("secret", "ls", "-q");
    CliRun json = warren("secret", "ls", "--output", "json");

    assertThat(table.out().lines())
        .containsExactly(
            "ID                                     NAME    CREATED",
            alpha.id().value() + "   alpha   2 minutes ago",
            zeta.id().value() + "   zeta    2 minutes ago");
    assertThat(quiet.out()).isEqualTo(alpha.id().value() + "\n" + zeta.id().value() + "\n");
    assertThat(json.out())
        .contains("\"name\": \"alpha\"", "\"createdAt\": \"2026-11-25T12:00:00Z\"")
        .doesNotContain("data", "pw");
  }

  @Test
  void inspectFindsASecretByNameOrIdAndNeverShowsItsContent() {
    SecretMetadata db = create("db");

    CliRun byName = warren("secret", "inspect", "db");
    CliRun byId = warren("secret", "inspect", db.id().value(), "-o", "json");

    assertThat(byName.succeeded())
        .isEqualTo(
            "ID:       "
                + db.id().value()
                + "\nName:     db\nCreated:  2026-11-25T12:00:00Z (2 minutes ago)\n");
    assertThat(byId.out()).contains("\"id\": \"" + db.id().value() + "\"").doesNotContain("pw");
  }

  @Test
  void rmRemovesByNameOrIdAndGoesOnAfterARefusal() {
    SecretMetadata a = create("a");
    create("used");
    create("c");
    manager.resources.inUse.add("used");

    CliRun run = warren("secret", "rm", a.id().value(), "used", "c");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(run.out()).isEqualTo(a.id().value() + "\nc\n");
    assertThat(run.err()).isEqualTo("error: secret used is in use by 1 container of service web\n");
    assertThat(manager.resources.hasSecret("a")).isFalse();
    assertThat(manager.resources.hasSecret("used")).isTrue();
    assertThat(manager.resources.hasSecret("c")).isFalse();
  }
}
