package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.LabelOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warren certificate create NAME --cert FILE --key FILE}: the manager checks the pair and
 * stores the key sealed; prints the new certificate's id. The key is read here, sent once and never
 * printed.
 */
@Command(
    name = "create",
    description = "Store a TLS certificate and its private key (PEM) for ingresses.",
    footerHeading = "%nExample:%n",
    footer = "  warren certificate create www --cert www.crt --key www.key --host www.example.com")
public final class CertificateCreateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Certificate name.")
  String name;

  @Option(
      names = "--cert",
      required = true,
      paramLabel = "FILE",
      description = "The certificate, or the chain with the server's certificate first (PEM).")
  Path certificateFile;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "Its private key, unencrypted PEM (PKCS#8, PKCS#1 or SEC1).")
  Path keyFile;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "A host it serves, covered by the certificate's names (default: all its DNS names);"
              + " repeatable.")
  List<String> hosts = new ArrayList<>();

  @Mixin LabelOptions labels;

  CertificateCreateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    byte[] key = read("--key", keyFile);
    TlsCertificateInfo created;
    try {
      var request =
          new CreateTlsCertificateRequest(
              name,
              hosts,
              Bytes.of(read("--cert", certificateFile)),
              Bytes.of(key),
              labels.labels());
      try (ManagerClient manager = connect()) {
        created = manager.certificates().create(request);
      }
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    return printId(CertificateView.of(created), CertificateView::id);
  }

  private static byte[] read(String option, Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException missing) {
      throw new InvalidSpecException(option + " file not found: " + file, missing);
    } catch (IOException e) {
      throw new InvalidSpecException(
          "cannot read the " + option + " file " + file + ": " + e.getMessage(), e);
    }
  }
}
