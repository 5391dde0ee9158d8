package dev.warren.cli.ingress;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.ingress.Ingress;
import picocli.CommandLine.Command;

/**
 * {@code warren ingress}: the verbs particular to ingresses; {@link IngressNoun} describes the
 * rest.
 */
@Command(
    name = "ingress",
    subcommands = {IngressCreateCommand.class, IngressUpdateCommand.class})
public final class IngressCommand extends NounGroupCommand<Ingress> {
  public IngressCommand() {
    super(IngressNoun.NOUN, "Manage ingresses (HTTP routes from hosts and paths to services).");
  }
}
