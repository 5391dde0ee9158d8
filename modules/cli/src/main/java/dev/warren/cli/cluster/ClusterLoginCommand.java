package dev.warren.cli.cluster;

import dev.warren.cli.CliEnvironment;
import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.WarrenCommand;
import dev.warren.cli.config.ClientConfig;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeyAndCsrPort;
import dev.warren.tls.CertificateFacts;
import dev.warren.tls.ClientTlsIdentity;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warren cluster login --manager HOST:PORT --token TOKEN [--name NAME]}: redeems a join
 * token for a client certificate. The key is generated here and only a CSR is sent; the manager is
 * trusted only if its chain holds the CA whose digest the token carries. The certificate, key and
 * CA go to the user's credentials directory, which every later command then uses.
 */
@Command(
    name = "login",
    description =
        "Obtain a client certificate with a join token (an admin token gives an admin"
            + " certificate); the private key never leaves this machine.")
public final class ClusterLoginCommand implements Callable<Integer> {
  private static final int MAX_NAME = 63;

  private final KeyAndCsrPort keys;
  private final CertificateRequester requester;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Option(
      names = "--token",
      required = true,
      paramLabel = "TOKEN",
      description = "A join token from 'warren cluster join-token admin'.")
  String token;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "The certificate's name (CN), [a-z0-9-] (default: your user name, else admin-<random>).")
  String name;

  ClusterLoginCommand(CliPorts ports) {
    this.keys = ports.keys();
    this.requester = ports.requester();
  }

  @Override
  public Integer call() {
    LoginToken parsed = LoginToken.parse(token);
    CliEnvironment environment = WarrenCommand.environmentOf(spec);
    String commonName = name != null ? Checks.name("name", name) : defaultName(environment);
    ClientConfig config = client.config();
    GeneratedCsr generated = keys.newKeyAndCsr(commonName);
    IssuedCertificate issued;
    try {
      issued =
          requester.request(
              config.manager(),
              parsed.caDigest(),
              config.deadline(),
              new RequestCertificateRequest(
                  commonName, token.strip(), Optional.of(generated.csrPem())));
    } catch (UnavailableException failure) {
      if (CertificateRequester.pinRefused(failure)) {
        throw new UnauthenticatedException(
            "the server at "
                + config.manager()
                + " is not a manager of the token's cluster: its certificate chain does not hold"
                + " the CA with digest "
                + parsed.caDigest()
                + " (check the address and the token)",
            failure);
      }
      throw failure;
    }
    X509Certificate ca =
        CertificateFacts.first("the CA certificate sent", issued.caCertificatePem());
    if (!CertificateFacts.sha256Digest(ca).equals(parsed.caDigest())) {
      throw new UnauthenticatedException(
          "the manager at "
              + config.manager()
              + " answered with a CA other than the token's; nothing was written");
    }
    CredentialsDirectory credentials = environment.credentials();
    boolean replacing = credentials.exists();
    credentials.write(
        new ClientTlsIdentity(
            issued.certificatePem(), generated.privateKeyPem(), issued.caCertificatePem()));
    print(issued, credentials, replacing);
    return ExitCodes.OK;
  }

  private void print(
      IssuedCertificate issued, CredentialsDirectory credentials, boolean replacing) {
    X509Certificate certificate =
        CertificateFacts.first("the certificate sent", issued.certificatePem());
    String role = CertificateFacts.subjectAttribute(certificate, "OU").orElse("unknown");
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Logged in as "
            + CertificateFacts.subjectAttribute(certificate, "CN").orElse("?")
            + " (role "
            + role
            + ") to cluster "
            + CertificateFacts.subjectAttribute(certificate, "O").orElse("?")
            + "; the certificate expires at "
            + issued.notAfter()
            + ".");
    out.println(
        "Credentials written to "
            + credentials.root()
            + (replacing ? " (the earlier ones were replaced)." : "."));
    if (!role.equals(Role.ADMIN.wireName())) {
      out.println(
          "Note: a "
              + role
              + " certificate is meant for a node; commands that change the cluster need an"
              + " admin token.");
    }
    out.flush();
  }

  /** The user's name in [a-z0-9-], else {@code admin-} and six random hex digits. */
  static String defaultName(CliEnvironment environment) {
    String user =
        environment
            .variable("USER")
            .map(value -> value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-"))
            .map(value -> value.replaceAll("^-+|-+$", ""))
            .map(value -> value.length() > MAX_NAME ? value.substring(0, MAX_NAME) : value)
            .orElse("");
    if (!user.isEmpty()) {
      return user;
    }
    byte[] suffix = new byte[3];
    new SecureRandom().nextBytes(suffix);
    return "admin-" + HexFormat.of().formatHex(suffix);
  }
}
