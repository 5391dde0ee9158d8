package dev.warren.cli.service;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren service}: the service commands. */
@Command(
    name = "service",
    modelTransformer = NounVerbs.class,
    description = "Manage services.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ServiceCreateCommand.class,
      ServiceUpdateCommand.class,
      ServiceScaleCommand.class,
      ServiceRollbackCommand.class,
      ServicePsCommand.class
    })
public final class ServiceCommand implements NounGroup {
  private static final Noun<Service> NOUN =
      new Noun<>(
          "service",
          "services",
          "NAME|ID",
          Noun.help(
              "List services.", "Show one service in detail.", "Remove one or more services."),
          service -> service.id().value(),
          Function.identity(),
          Noun.ANY_REFERENCE,
          manager -> manager.services().list(new ListServicesRequest(ReadConsistency.LINEARIZABLE)),
          (manager, reference) -> ServiceResolver.resolve(manager.services(), reference),
          (manager, reference) ->
              manager
                  .services()
                  .delete(
                      new DeleteServiceRequest(
                          ServiceResolver.resolve(manager.services(), reference).id())),
          ServiceTable::table,
          ServiceDetails::pretty);

  @Override
  public Noun<Service> noun() {
    return NOUN;
  }
}
