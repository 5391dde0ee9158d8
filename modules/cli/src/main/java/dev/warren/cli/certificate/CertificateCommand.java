package dev.warren.cli.certificate;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import picocli.CommandLine.Command;

/**
 * {@code warren certificate}: the verbs particular to certificates; {@link CertificateNoun}
 * describes the rest.
 */
@Command(
    name = "certificate",
    aliases = "cert",
    subcommands = {CertificateCreateCommand.class, CertificateInspectCommand.class})
public final class CertificateCommand extends NounGroupCommand<TlsCertificateInfo> {
  public CertificateCommand() {
    super(CertificateNoun.NOUN, "Manage TLS certificates for ingresses.");
  }
}
