package dev.warren.cli.volume;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren volume inspect NAME|ID}: one volume in detail. */
@Command(name = "inspect", description = "Show one volume in detail.")
public final class VolumeInspectCommand implements Callable<Integer> {
  private static final String FORMAT = "%-12s %s%n";

  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The volume.")
  String volume;

  VolumeInspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    Volume found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found = VolumeResolver.resolve(manager, volume);
    }
    output.printObject(
        spec.commandLine().getOut(),
        found,
        volume -> volume.id().value(),
        volume -> pretty(volume, clock.instant()));
    return ExitCodes.OK;
  }

  static String pretty(Volume volume, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", volume.id().value());
    line(out, "Name:", volume.name());
    line(out, "Driver:", volume.driver());
    line(out, "Node:", volume.nodeId().map(NodeId::value).orElse("- (not placed yet)"));
    line(out, "Mount path:", volume.mountPath().isEmpty() ? "-" : volume.mountPath());
    line(
        out,
        "Created:",
        volume.createdAt() + " (" + RelativeTime.ago(volume.createdAt(), now) + ")");
    entries(out, "Options:", volume.driverOpts());
    entries(out, "Labels:", volume.labels());
    return out.toString();
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }

  /** The label on the first line only, one {@code key=value} per line. */
  private static void entries(StringBuilder out, String label, Map<String, String> entries) {
    boolean first = true;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      line(out, first ? label : "", entry.getKey() + "=" + entry.getValue());
      first = false;
    }
  }
}
