package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.kit.InspectCommand;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.ServiceRef;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code warren service inspect NAME|ID}: one service in detail, with its rollout below the spec
 * (what it rolls out, state, step, replicas updated, why it paused or failed, since when). JSON,
 * YAML and {@code -q} show the service as before.
 */
@Command(name = "inspect")
public final class ServiceInspectCommand extends InspectCommand<Service> {
  private Optional<RolloutSnapshot> rollout = Optional.empty();

  ServiceInspectCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  protected void readMore(ManagerClient manager, Service found) {
    rollout =
        manager
            .rollouts()
            .get(new GetRolloutRequest(new ServiceRef.ById(found.id()), LINEARIZABLE));
  }

  @Override
  protected void print(Service found) {
    output.printObject(
        out(),
        found,
        ServiceNoun.NOUN.shown(),
        ServiceNoun.NOUN.id(),
        service -> ServiceNoun.NOUN.details().apply(service, clock.instant()) + rolloutLines());
  }

  private String rolloutLines() {
    if (rollout.isEmpty()) {
      return "";
    }
    Details details = Details.aligned(ServiceNoun.DETAILS_LABEL_WIDTH, clock.instant());
    RolloutText.describe(rollout.get(), details);
    return details.text();
  }
}
