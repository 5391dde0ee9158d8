package dev.warren.cli.ingress;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.cli.kit.References;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import picocli.CommandLine.Command;

/** {@code warren ingress}: the ingress commands. */
@Command(
    name = "ingress",
    description = "Manage ingresses (HTTP routes from hosts and paths to services).",
    subcommands = {IngressCreateCommand.class, IngressUpdateCommand.class})
public final class IngressCommand extends NounGroupCommand<Ingress> {

  public IngressCommand() {
    super(
        Noun.<Ingress>called("ingress", "ingresses", "NAME|ID")
            .id(ingress -> ingress.id().value())
            .all(manager -> manager.ingresses().list(new ListIngressesRequest(LINEARIZABLE)))
            .lookup(
                (manager, reference) ->
                    manager
                        .ingresses()
                        .get(new GetIngressRequest(reference(reference), LINEARIZABLE)))
            .list("List ingresses.", IngressText.TABLE::render)
            .inspect("Show one ingress in detail.", IngressText::details)
            .remove(
                "Remove one or more ingresses.",
                (manager, reference) ->
                    manager.ingresses().delete(new DeleteIngressRequest(reference(reference))))
            .build());
  }

  /** What a user typed to name an ingress. */
  static IngressRef reference(String idOrName) {
    return References.parse(
        idOrName, id -> new IngressRef.ById(IngressId.of(id)), IngressRef.ByName::new);
  }
}
