package dev.warren.cli.ingress;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.cli.kit.References;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren ingress}: the ingress commands. */
@Command(
    name = "ingress",
    modelTransformer = NounVerbs.class,
    description = "Manage ingresses (HTTP routes from hosts and paths to services).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {IngressCreateCommand.class, IngressUpdateCommand.class})
public final class IngressCommand implements NounGroup {
  private static final Noun<Ingress> NOUN =
      new Noun<>(
          "ingress",
          "ingresses",
          "NAME|ID",
          Noun.help(
              "List ingresses.", "Show one ingress in detail.", "Remove one or more ingresses."),
          ingress -> ingress.id().value(),
          Function.identity(),
          Noun.ANY_REFERENCE,
          manager ->
              manager.ingresses().list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE)),
          (manager, reference) ->
              manager
                  .ingresses()
                  .get(new GetIngressRequest(reference(reference), ReadConsistency.LINEARIZABLE)),
          (manager, reference) ->
              manager.ingresses().delete(new DeleteIngressRequest(reference(reference))),
          IngressTable::table,
          IngressDetails::pretty);

  @Override
  public Noun<Ingress> noun() {
    return NOUN;
  }

  /** What a user typed to name an ingress. */
  static IngressRef reference(String idOrName) {
    return References.parse(
        idOrName, id -> new IngressRef.ById(IngressId.of(id)), IngressRef.ByName::new);
  }
}
