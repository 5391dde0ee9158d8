package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.cli.CliRun;
import dev.warren.bootstrap.config.ManagerConfig;
import dev.warren.bootstrap.config.TcpAddress;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.bootstrap.lifecycle.StartReport;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Join tokens redeemed for certificates on the real manager (Xodus, Ratis, the Bouncy Castle CA,
 * gRPC): a CSR is certified for the token's role, rotation refuses the old token, and tokens and
 * rotations survive a restart.
 */
class IdentityIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);
  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  @TempDir Path dataDir;

  private final List<ControlPlaneServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private ControlPlaneServer newServer() {
    ControlPlaneServer server =
        DaggerControlPlaneComponent.factory()
            .create(
                new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT))
            .server();
    servers.add(server);
    return server;
  }

  private static String token(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of("cluster", "join-token"));
    all.addAll(List.of(args));
    all.addAll(List.of("-q", "--manager", manager.api().toString()));
    CliRun run = CliRun.execute(DaggerCliComponent.create().commandFactory(), all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run.out().strip();
  }

  private static IssuedCertificate request(StartReport manager, String name, String token, Optional<String> csr) {
    try (GrpcWarrenClient client =
        GrpcWarrenClient.connect(manager.api().toString(), Duration.ofSeconds(20))) {
      return client.requestCertificate(new RequestCertificateRequest(name, token, csr));
    }
  }

  private static String csr(KeyPair keys, String dnsName) throws Exception {
    var extensions = new ExtensionsGenerator();
    extensions.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
    var request =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=ignored,OU=admin"), keys.getPublic())
            .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(PROVIDER)
                    .build(keys.getPrivate()));
    var out = new StringWriter();
    try (var writer = new JcaPEMWriter(out)) {
      writer.writeObject(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static X509Certificate parse(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void tokensAreRedeemedForCertificatesRotatedAndKeptAcrossARestart() throws Exception {
    StartReport started = newServer().start();
    String workerToken = token(started, "worker");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();

    IssuedCertificate issued =
        request(started, "worker-7", workerToken, Optional.of(csr(keys, "worker-7.local")));

    X509Certificate certificate = parse(issued.certificatePem());
    certificate.verify(parse(issued.caCertificatePem()).getPublicKey());
    assertThat(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253))
        .startsWith("CN=worker-7,OU=worker,O=");
    assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
    assertThat(certificate.getSubjectAlternativeNames()).containsExactly(List.of(2, "worker-7.local"));
    assertThat(Duration.between(issued.notBefore(), issued.notAfter()))
        .isEqualTo(Duration.ofDays(90).plusMinutes(5));
    assertThat(issued.privateKeyPem()).isEmpty();
    assertThat(request(started, "admin-1", token(started, "admin"), Optional.empty()).privateKeyPem())
        .hasValueSatisfying(key -> assertThat(key).startsWith("-----BEGIN RSA PRIVATE KEY-----"));

    String rotatedToken = token(started, "worker", "--rotate");

    assertThatThrownBy(() -> request(started, "worker-8", workerToken, Optional.empty()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("was rotated at")
        .hasMessageContaining("ask an administrator for the current token");
    assertThat(parse(request(started, "worker-8", rotatedToken, Optional.empty()).certificatePem())
            .getSubjectX500Principal()
            .getName(X500Principal.RFC2253))
        .startsWith("CN=worker-8,OU=worker,O=");
    servers.getFirst().close();

    StartReport restarted = newServer().start();

    assertThat(request(restarted, "worker-9", rotatedToken, Optional.empty()).certificatePem())
        .contains("BEGIN CERTIFICATE");
    assertThatThrownBy(() -> request(restarted, "worker-9", workerToken, Optional.empty()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("was rotated at");
  }
}
