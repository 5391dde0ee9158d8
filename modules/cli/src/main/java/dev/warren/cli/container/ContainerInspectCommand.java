package dev.warren.cli.container;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren container inspect ID}: one container in detail. */
@Command(name = "inspect", description = "Show one container in detail.")
public final class ContainerInspectCommand implements Callable<Integer> {
  private static final String FORMAT = "%-15s %s%n";

  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "ID", description = "The container.")
  String container;

  ContainerInspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    TaskId id = TaskId.of(container);
    Task found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found = manager.containers().get(new GetContainerRequest(id, ReadConsistency.LINEARIZABLE));
    }
    Instant now = clock.instant();
    output.printObject(
        spec.commandLine().getOut(), found, task -> task.id().value(), task -> pretty(task, now));
    return ExitCodes.OK;
  }

  static String pretty(Task task, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", task.id().value());
    line(out, "Name:", task.serviceName() + "." + task.slot());
    line(out, "Service:", task.serviceName() + " (" + task.serviceId().value() + ")");
    line(out, "Node:", task.nodeId().map(NodeId::value).orElse("- (not placed yet)"));
    line(out, "Image:", task.image());
    line(out, "Desired state:", task.desiredState().wireName());
    line(
        out,
        "State:",
        task.state().wireName() + " (" + RelativeTime.ago(task.updatedAt(), now) + ")");
    line(out, "Health:", task.health().wireName());
    if (!task.runtimeContainerId().isEmpty()) {
      line(out, "Runtime id:", task.runtimeContainerId());
    }
    if (!task.error().isEmpty()) {
      line(out, "Error:", task.error());
    }
    if (!task.command().isEmpty()) {
      line(out, "Command:", String.join(" ", task.command()));
    }
    lines(
        out,
        "Env:",
        task.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    lines(out, "Secrets:", task.secrets());
    line(out, "Created:", task.createdAt() + " (" + RelativeTime.ago(task.createdAt(), now) + ")");
    line(out, "Version:", task.version().value());
    return out.toString();
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }

  private static void lines(StringBuilder out, String label, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      line(out, i == 0 ? label : "", values.get(i));
    }
  }
}
