package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.grpc.TlsIdentity;
import dev.warren.application.security.NodeCertificates;
import dev.warren.application.security.RenewalSchedule;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import dev.warren.tls.PemFiles;
import dev.warren.tls.PemMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * A manager's own TLS certificate in {@code <data>/pki}: {@code node.crt} (its certificate, then
 * the CA) and {@code node.key} (PKCS#8, mode 0600). Issued by the local cluster CA for the
 * manager's identity (CN = node id, O = cluster id, OU = manager) with the subject alternative
 * names its clients and Raft peers dial: localhost, 127.0.0.1, the API host and the Raft host.
 *
 * <p>A stored certificate is reused while it is for this identity, CA and names, valid, and before
 * its renewal point (a random point between 50 % and 80 % of its life, drawn anew per process);
 * otherwise a new one is issued and written. Parsing uses the JDK only. Not thread-safe: the
 * manager's start and its renewal task take turns.
 */
public final class NodeCertificate {
  static final String CERTIFICATE_FILE = "node.crt";
  static final String KEY_FILE = "node.key";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  /** The certificate in force: what the server presents and when to renew it. */
  public record Current(TlsIdentity identity, String serialHex, Instant notAfter, Instant renewAt) {
    public Current {
      Objects.requireNonNull(identity, "identity");
      Objects.requireNonNull(serialHex, "serial");
      Objects.requireNonNull(notAfter, "not after");
      Objects.requireNonNull(renewAt, "renew at");
    }
  }

  private final Path pkiDir;
  private final CertificateAuthorityPort authority;
  private final Identity identity;
  private final String caCertificatePem;
  private final List<String> dnsNames;
  private final List<String> ipAddresses;
  private final InstantSource clock;
  private final RandomGenerator random;

  /**
   * @param hosts the hosts the API and the Raft port listen on; a name becomes a DNS name, an
   *     address an IP address in the certificate (wildcard addresses are left out)
   */
  public NodeCertificate(
      Path pkiDir,
      CertificateAuthorityPort authority,
      Identity identity,
      String caCertificatePem,
      List<String> hosts,
      InstantSource clock,
      RandomGenerator random) {
    this.pkiDir = Objects.requireNonNull(pkiDir, "pki dir");
    this.authority = Objects.requireNonNull(authority, "certificate authority");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.caCertificatePem = Objects.requireNonNull(caCertificatePem, "CA certificate");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    var dns = new ArrayList<>(List.of("localhost"));
    var ips = new ArrayList<>(List.of("127.0.0.1"));
    for (String host : hosts) {
      if (isAddress(host)) {
        if (!ips.contains(host) && !host.equals("0.0.0.0") && !host.equals("::")) {
          ips.add(host);
        }
      } else if (!dns.contains(host)) {
        dns.add(host);
      }
    }
    this.dnsNames = List.copyOf(dns);
    this.ipAddresses = List.copyOf(ips);
  }

  /**
   * The stored certificate if it may still be used, else a newly issued and stored one.
   *
   * @throws UncheckedIOException if a new certificate cannot be written
   * @throws dev.warren.domain.error.DomainException if the CA cannot issue
   */
  public Current loadOrIssue() {
    return load().orElseGet(this::issue);
  }

  /**
   * Issues a new certificate and key, stores them (key first, each file replaced atomically) and
   * returns them.
   *
   * @throws UncheckedIOException if the files cannot be written
   * @throws dev.warren.domain.error.DomainException if the CA cannot issue
   */
  public Current issue() {
    IssuedCertificate issued =
        authority.issue(
            new CertificateRequest(
                identity,
                dnsNames,
                ipAddresses,
                new KeySource.GenerateEcP256(),
                NodeCertificates.VALIDITY));
    String chain = issued.certificatePem() + issued.caCertificatePem();
    String key = issued.privateKeyPem().orElseThrow();
    try {
      Files.createDirectories(pkiDir);
      write(KEY_FILE, key);
      write(CERTIFICATE_FILE, chain);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the node certificate in " + pkiDir, e);
    }
    return new Current(
        new TlsIdentity(chain, key),
        issued.serialHex(),
        issued.notAfter(),
        RenewalSchedule.renewAt(issued.notBefore(), issued.notAfter(), random));
  }

  private Optional<Current> load() {
    Path certificateFile = pkiDir.resolve(CERTIFICATE_FILE);
    Path keyFile = pkiDir.resolve(KEY_FILE);
    if (!Files.isRegularFile(certificateFile) || !Files.isRegularFile(keyFile)) {
      return Optional.empty();
    }
    try {
      String chainPem = Files.readString(certificateFile, StandardCharsets.US_ASCII);
      String keyPem = Files.readString(keyFile, StandardCharsets.US_ASCII);
      List<X509Certificate> chain = certificates(chainPem);
      X509Certificate ca = certificates(caCertificatePem).getFirst();
      if (chain.size() != 2 || !chain.get(1).equals(ca)) {
        return Optional.empty();
      }
      X509Certificate leaf = chain.getFirst();
      leaf.verify(ca.getPublicKey());
      Instant now = clock.instant();
      Instant notBefore = leaf.getNotBefore().toInstant();
      Instant notAfter = leaf.getNotAfter().toInstant();
      if (now.isBefore(notBefore) || !now.isBefore(notAfter)) {
        return Optional.empty();
      }
      Instant renewAt = RenewalSchedule.renewAt(notBefore, notAfter, random);
      if (!now.isBefore(renewAt)
          || !leaf.getSubjectX500Principal().equals(expectedSubject())
          || !namesCovered(leaf)
          || !keyMatches(privateKey(keyPem), leaf)) {
        return Optional.empty();
      }
      return Optional.of(
          new Current(
              new TlsIdentity(chainPem, keyPem),
              leaf.getSerialNumber().toString(16),
              notAfter,
              renewAt));
    } catch (IOException | GeneralSecurityException | RuntimeException unusable) {
      // Unreadable, corrupt or foreign files are replaced rather than trusted.
      return Optional.empty();
    }
  }

  private X500Principal expectedSubject() {
    return new X500Principal(
        "CN="
            + identity.name()
            + ",OU="
            + identity.role().wireName()
            + ",O="
            + identity.clusterId().value());
  }

  private boolean namesCovered(X509Certificate leaf) throws GeneralSecurityException {
    Set<String> present = new HashSet<>();
    var names = leaf.getSubjectAlternativeNames();
    if (names != null) {
      for (List<?> name : names) {
        int type = (Integer) name.get(0);
        if (type == DNS_NAME || type == IP_ADDRESS) {
          present.add(type + ":" + name.get(1));
        }
      }
    }
    return dnsNames.stream().allMatch(dns -> present.contains(DNS_NAME + ":" + dns))
        && ipAddresses.stream().allMatch(ip -> present.contains(IP_ADDRESS + ":" + ip));
  }

  private static boolean keyMatches(PrivateKey key, X509Certificate leaf)
      throws GeneralSecurityException {
    byte[] probe = new byte[32];
    new SecureRandom().nextBytes(probe);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key);
    signer.update(probe);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(leaf.getPublicKey());
    verifier.update(probe);
    return verifier.verify(signature);
  }

  private static List<X509Certificate> certificates(String pem) {
    return PemMaterial.certificates("the node certificate", pem);
  }

  private static PrivateKey privateKey(String pem) {
    return PemMaterial.privateKey("the node key", pem);
  }

  private void write(String name, String pem) throws IOException {
    PemFiles.writePrivate(pkiDir, name, pem);
  }

  private static boolean isAddress(String host) {
    return IPV4.matcher(host).matches() || host.contains(":");
  }
}
