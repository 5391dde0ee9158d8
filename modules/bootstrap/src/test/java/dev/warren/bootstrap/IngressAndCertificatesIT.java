package dev.warren.bootstrap;

import dev.warren.cli.CliEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.CliRun;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.domain.model.node.NodeId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * TLS certificates (real ones, made with Bouncy Castle), ingresses and join tokens on the real
 * manager (Xodus, Ratis, gRPC) through the real command line, kept across a restart; the data
 * directory is then searched for the private key in clear.
 */
class IngressAndCertificatesIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);
  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path inputs;

  /** The test's own config home: the manager writes the admin credentials there, the CLI reads them. */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private final List<ControlPlaneServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private ControlPlaneServer newServer() {
    ControlPlaneServer server =
        DaggerControlPlaneComponent.factory()
            .create(
                new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
                    .withAdminCredentials(environment().credentials()))
            .server();
    servers.add(server);
    return server;
  }

  private CliRun warren(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    return CliRun.execute(cli, environment(), all.toArray(String[]::new));
  }

  private CliRun ok(StartReport manager, String... args) {
    CliRun run = warren(manager, args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  private static String pem(Object object) {
    var out = new StringWriter();
    try (var writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A key pair and a certificate for it naming {@code dnsNames}, valid for a year from now. */
  private static String[] certificateAndKey(String... dnsNames) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name("CN=Integration CA"),
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(365))),
            new X500Name("CN=" + dnsNames[0]),
            keys.getPublic());
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            Stream.of(dnsNames)
                .map(name -> new GeneralName(GeneralName.dNSName, name))
                .toArray(GeneralName[]::new)));
    var certificate =
        builder.build(
            new JcaContentSignerBuilder("SHA256withECDSA")
                .setProvider(PROVIDER)
                .build(keys.getPrivate()));
    return new String[] {pem(certificate), pem(keys.getPrivate())};
  }

  private List<String> filesContaining(String needle) throws IOException {
    byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> contains(read(file), bytes))
          .map(file -> dataDir.relativize(file).toString())
          .toList();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void certificatesIngressesAndJoinTokensWorkOnTheRealStackAndSurviveARestart() throws Exception {
    String[] www = certificateAndKey("example.com", "*.example.com");
    String[] other = certificateAndKey("other.example.org");
    Path cert = Files.writeString(inputs.resolve("www.crt"), www[0]);
    Path key = Files.writeString(inputs.resolve("www.key"), www[1]);
    Path otherKey = Files.writeString(inputs.resolve("other.key"), other[1]);
    String keyBody = www[1].lines().skip(1).findFirst().orElseThrow();
    ControlPlaneServer first = newServer();
    StartReport started = first.start();

    CliRun mismatch =
        warren(
            started,
            "certificate",
            "create",
            "bad",
            "--cert",
            cert.toString(),
            "--key",
            otherKey.toString());
    CliRun uncovered =
        warren(
            started,
            "certificate",
            "create",
            "bad",
            "--cert",
            cert.toString(),
            "--key",
            key.toString(),
            "--host",
            "a.b.example.com");
    String certId =
        ok(
                started,
                "certificate",
                "create",
                "www",
                "--cert",
                cert.toString(),
                "--key",
                key.toString())
            .out()
            .strip();
    String ingressId =
        ok(
                started,
                "ingress",
                "create",
                "public",
                "--rule",
                "api.example.com/v1=api:8080",
                "--rule",
                "/=web:80",
                "--tls-cert",
                "www",
                "--tls-host",
                "api.example.com")
            .out()
            .strip();
    CliRun inUse = warren(started, "certificate", "rm", "www");
    CliRun missingCert =
        warren(started, "ingress", "create", "other", "--rule", "/=web:80", "--tls-cert", "ghost");
    String workerToken = ok(started, "cluster", "join-token", "worker", "-q").out().strip();
    String managerToken = ok(started, "cluster", "join-token", "manager", "-q").out().strip();
    first.close();

    assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(mismatch.err()).contains("does not match the certificate's public key");
    assertThat(uncovered.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(uncovered.err()).contains("certificate host 'a.b.example.com' is not covered");
    assertThat(inUse.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(inUse.err()).contains("is in use by ingress public");
    assertThat(missingCert.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(workerToken).matches("WRN-1-[0-9a-f]{64}-[a-z2-7]{32}");
    assertThat(managerToken).isNotEqualTo(workerToken);
    assertThat(workerToken.substring(0, 71)).isEqualTo(managerToken.substring(0, 71));
    assertThat(filesContaining(keyBody)).as("the private key in clear").isEmpty();
    assertThat(filesContaining(workerToken.substring(71))).as("a token secret").isEmpty();

    StartReport restarted = newServer().start();
    CliRun certificates = ok(restarted, "certificate", "ls");
    CliRun inspect = ok(restarted, "ingress", "inspect", "public");
    CliRun json = ok(restarted, "certificate", "inspect", "www", "-o", "json");

    assertThat(certificates.out())
        .contains(certId, "www", "example.com,*.example.com", "Integration CA");
    assertThat(inspect.out())
        .contains(ingressId)
        .contains("api.example.com/v1 (Prefix) -> api:8080")
        .contains("*/ (Prefix) -> web:80")
        .contains("certificate www, hosts api.example.com");
    assertThat(json.out()).contains("BEGIN CERTIFICATE").doesNotContain("PRIVATE KEY");
    ok(restarted, "ingress", "update", "public", "--no-tls");
    assertThat(ok(restarted, "certificate", "rm", "www").out()).isEqualTo("www\n");
    assertThat(ok(restarted, "ingress", "rm", "public").out()).isEqualTo("public\n");
    assertThat(ok(restarted, "ingress", "ls", "-q").out()).isEmpty();
  }
}
