package dev.warren.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateCommandsTest extends AgainstFakeManager {
  private static final String CERT =
      "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  private static final String KEY =
      "-----BEGIN PRIVATE KEY-----\nSECRETKEY\n-----END PRIVATE KEY-----\n";

  @TempDir Path dir;

  CertificateCommandsTest() {
    super(Duration.ofSeconds(120));
  }

  private CliRun createWww() throws IOException {
    Path cert = Files.writeString(dir.resolve("www.crt"), CERT);
    Path key = Files.writeString(dir.resolve("www.key"), KEY);
    return warren(
        "certificate",
        "create",
        "www",
        "--cert",
        cert.toString(),
        "--key",
        key.toString(),
        "--host",
        "www.example.com",
        "--label",
        "team=web");
  }

  @Test
  void createSendsBothFilesHostsAndLabelsAndPrintsTheId() throws IOException {
    CliRun run = createWww();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.ingresses().requests())
        .containsExactly(
            new CreateTlsCertificateRequest(
                "www",
                List.of("www.example.com"),
                Bytes.of(CERT.getBytes(StandardCharsets.US_ASCII)),
                Bytes.of(KEY.getBytes(StandardCharsets.US_ASCII)),
                Map.of("team", "web")));
    assertThat(run.out()).matches("[0-9a-f-]{36}\n");
    assertThat(run.out() + run.err()).doesNotContain("SECRETKEY");
  }

  @Test
  void missingFileIsAUsageError() {
    CliRun run =
        warren(
            "certificate",
            "create",
            "www",
            "--cert",
            dir.resolve("nope.crt").toString(),
            "--key",
            dir.resolve("nope.key").toString());

    assertThat(run.failed(ExitCodes.USAGE)).startsWith("error: --key file not found: ");
  }

  @Test
  void certAndKeyAreRequired() {
    CliRun run = warren("certificate", "create", "www");

    assertThat(run.failed(ExitCodes.USAGE)).contains("--cert", "--key");
  }

  @Test
  void lsInspectAndJsonNeverShowTheKey() throws IOException {
    createWww();

    CliRun ls = warren("cert", "ls");
    CliRun inspect = warren("certificate", "inspect", "www");
    CliRun json = warren("certificate", "inspect", "www", "-o", "json");
    CliRun pem = warren("certificate", "inspect", "www", "--pem");

    assertThat(ls.succeeded().lines().toList().get(0))
        .matches("ID +NAME +HOSTS +ISSUER +EXPIRES +CREATED");
    assertThat(ls.out().lines().toList().get(1))
        .contains("www", "www.example.com", "Test CA", "2027-01-01T00:00:00Z");
    assertThat(inspect.out())
        .as(inspect.toString())
        .contains("Name:       www")
        .contains("Issuer:     Test CA")
        .contains("Label:      team=web");
    assertThat(json.succeeded()).contains("\"certPem\": \"-----BEGIN CERTIFICATE-----\\nMIIB");
    assertThat(pem.out()).isEqualTo(CERT);
    assertThat(ls.out() + inspect.out() + json.out() + pem.out()).doesNotContain("SECRETKEY");
  }

  @Test
  void rmRemovesByName() throws IOException {
    createWww();

    CliRun rm = warren("certificate", "rm", "www", "ghost");

    assertThat(rm.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(rm.out()).isEqualTo("www\n");
    assertThat(rm.err()).isEqualTo("error: TLS certificate not found: ghost\n");
  }
}
