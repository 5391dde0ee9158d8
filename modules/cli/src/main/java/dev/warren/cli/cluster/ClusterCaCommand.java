package dev.warren.cli.cluster;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.WarrenCommand;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.tls.CertificateFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warren cluster ca [--data-dir DIR]}: the cluster CA certificate and the SHA-256 digest
 * join tokens pin, from the user's credentials ({@code ca.crt}) or a manager's {@code
 * <DIR>/pki/ca.crt}. Reads files only; talks to no manager. {@code -q}: the digest alone.
 */
@Command(
    name = "ca",
    description =
        "Print the cluster CA certificate and its SHA-256 digest (the one join tokens pin).")
public final class ClusterCaCommand implements Callable<Integer> {
  static final String PKI_CA = "pki/ca.crt";

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Read a manager's CA from DIR/" + PKI_CA + " instead of your credentials.")
  Path dataDir;

  /** What is printed as JSON or YAML: the certificate's subject, digest, expiry and PEM text. */
  public record CaView(
      String subject, String sha256Digest, Instant notAfter, String certificatePem) {}

  @Override
  public Integer call() {
    Path file =
        dataDir != null
            ? dataDir.resolve(PKI_CA)
            : WarrenCommand.environmentOf(spec)
                .credentials()
                .root()
                .resolve(CredentialsDirectory.CA_FILE);
    String pem = read(file);
    X509Certificate certificate = CertificateFacts.first(file.toString(), pem);
    var view =
        new CaView(
            certificate.getSubjectX500Principal().getName(),
            CertificateFacts.sha256Digest(certificate),
            certificate.getNotAfter().toInstant(),
            pem.endsWith("\n") ? pem : pem + "\n");
    output.printObject(
        spec.commandLine().getOut(),
        view,
        CaView::sha256Digest,
        ca ->
            ca.certificatePem()
                + "Subject:  "
                + ca.subject()
                + "\nExpires:  "
                + ca.notAfter()
                + "\nSHA-256:  "
                + ca.sha256Digest());
    return ExitCodes.OK;
  }

  private String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException missing) {
      throw new NotFoundException(
          "no cluster CA certificate at "
              + file
              + (dataDir != null
                  ? "; is " + dataDir + " a manager's data directory?"
                  : "; run 'warren cluster login', or pass --data-dir of a manager"));
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "cannot read " + file + ": " + e.getMessage() + "; check its permissions", e);
    }
  }
}
