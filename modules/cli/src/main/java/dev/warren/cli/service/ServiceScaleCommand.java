package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code warren service scale NAME=N...} (also {@code NAME N}): sets replica counts. */
@Command(name = "scale", description = "Scale one or more services.")
public final class ServiceScaleCommand extends ManagerCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "NAME=REPLICAS",
      description =
          "Service (name or id) and its new number of replicas; NAME REPLICAS also works.")
  List<String> targets = new ArrayList<>();

  /** One service and the replica count it should have. */
  record Target(String service, int replicas) {}

  ServiceScaleCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    List<Target> parsed = parse(targets);
    PrintWriter out = out();
    try (ManagerClient manager = connect()) {
      for (Target target : parsed) {
        Service current = ServiceResolver.resolve(manager.services(), target.service());
        manager
            .services()
            .update(
                new UpdateServiceRequest(
                    current.id(),
                    Optional.of(target.replicas()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        out.println(target.service() + " scaled to " + target.replicas());
        out.flush();
      }
    }
    return ExitCodes.OK;
  }

  /** Accepts {@code a=1 b=2} and {@code a 1}; everything is checked before anything is scaled. */
  List<Target> parse(List<String> arguments) {
    var parsed = new ArrayList<Target>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      int equals = argument.indexOf('=');
      if (equals >= 0) {
        parsed.add(
            new Target(
                argument.substring(0, equals), replicas(argument, argument.substring(equals + 1))));
      } else if (i + 1 < arguments.size()) {
        parsed.add(new Target(argument, replicas(argument, arguments.get(++i))));
      } else {
        throw new ParameterException(
            spec.commandLine(), "'" + argument + "' has no replica count: use NAME=REPLICAS");
      }
    }
    return parsed;
  }

  private int replicas(String argument, String count) {
    try {
      int replicas = Integer.parseInt(count);
      if (replicas >= 0) {
        return replicas;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the argument that held it
    }
    throw new ParameterException(
        spec.commandLine(),
        "invalid replica count '" + count + "' in '" + argument + "': use a number >= 0");
  }
}
