package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.testing.CliRun;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS certificates (real ones, made with Bouncy Castle), ingresses and join tokens on the real
 * manager (Xodus, Ratis, gRPC) through the real command line, kept across a restart; the data
 * directory is then searched for the private key in clear.
 */
class IngressAndCertificatesIT {
  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path inputs;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

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

  @Test
  void certificatesIngressesAndJoinTokensWorkOnTheRealStackAndSurviveARestart() throws Exception {
    String[] www = certificateAndKey("example.com", "*.example.com");
    String[] other = certificateAndKey("other.example.org");
    Path cert = Files.writeString(inputs.resolve("www.crt"), www[0]);
    Path key = Files.writeString(inputs.resolve("www.key"), www[1]);
    Path otherKey = Files.writeString(inputs.resolve("other.key"), other[1]);
    String keyBody = www[1].lines().skip(1).findFirst().orElseThrow();
    ControlPlaneServer first = managers.newServer();
    StartReport started = first.start();

    CliRun mismatch = createCertificate(started, "bad", cert, otherKey);
    CliRun uncovered = createCertificate(started, "bad", cert, key, "--host", "a.b.example.com");
    String certId =
        managers
            .ok(
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
        managers
            .ok(
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
    CliRun inUse = managers.warren(started, "certificate", "rm", "www");
    CliRun missingCert =
        managers.warren(
            started, "ingress", "create", "other", "--rule", "/=web:80", "--tls-cert", "ghost");
    String workerToken =
        managers.ok(started, "cluster", "join-token", "worker", "-q").out().strip();
    String managerToken =
        managers.ok(started, "cluster", "join-token", "manager", "-q").out().strip();
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
    assertThat(RealManager.filesContaining(dataDir, keyBody.getBytes(StandardCharsets.US_ASCII)))
        .as("the private key in clear")
        .isEmpty();
    assertThat(
            RealManager.filesContaining(
                dataDir, workerToken.substring(71).getBytes(StandardCharsets.US_ASCII)))
        .as("a token secret")
        .isEmpty();

    StartReport restarted = managers.newServer().start();
    CliRun certificates = managers.ok(restarted, "certificate", "ls");
    CliRun inspect = managers.ok(restarted, "ingress", "inspect", "public");
    CliRun json = managers.ok(restarted, "certificate", "inspect", "www", "-o", "json");

    assertThat(certificates.out())
        .contains(certId, "www", "example.com,*.example.com", "Integration CA");
    assertThat(inspect.out())
        .contains(ingressId)
        .contains("api.example.com/v1 (Prefix) -> api:8080")
        .contains("*/ (Prefix) -> web:80")
        .contains("certificate www, hosts api.example.com");
    assertThat(json.out()).contains("BEGIN CERTIFICATE").doesNotContain("PRIVATE KEY");
    managers.ok(restarted, "ingress", "update", "public", "--no-tls");
    assertThat(managers.ok(restarted, "certificate", "rm", "www").out()).isEqualTo("www\n");
    assertThat(managers.ok(restarted, "ingress", "rm", "public").out()).isEqualTo("public\n");
    assertThat(managers.ok(restarted, "ingress", "ls", "-q").out()).isEmpty();
  }

  /** {@code warren certificate create NAME --cert CERT --key KEY [MORE...]}. */
  private CliRun createCertificate(
      StartReport started, String name, Path cert, Path key, String... more) {
    var args =
        new ArrayList<>(
            List.of(
                "certificate", "create", name, "--cert", cert.toString(), "--key", key.toString()));
    args.addAll(List.of(more));
    return managers.warren(started, args.toArray(String[]::new));
  }
}
