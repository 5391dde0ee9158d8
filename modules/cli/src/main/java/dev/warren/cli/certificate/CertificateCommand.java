package dev.warren.cli.certificate;

import picocli.CommandLine.Command;

/** {@code warren certificate}: the TLS certificate commands. */
@Command(
    name = "certificate",
    aliases = "cert",
    description = "Manage TLS certificates for ingresses.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      CertificateCreateCommand.class,
      CertificateListCommand.class,
      CertificateInspectCommand.class,
      CertificateRemoveCommand.class
    })
public final class CertificateCommand {}
