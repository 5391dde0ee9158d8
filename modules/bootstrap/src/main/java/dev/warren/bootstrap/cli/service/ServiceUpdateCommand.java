package dev.warren.bootstrap.cli.service;

import dev.warren.bootstrap.cli.ClientOptions;
import dev.warren.bootstrap.cli.ExitCodes;
import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.bootstrap.cli.ManagerConnector;
import dev.warren.bootstrap.cli.OutputOptions;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.UpdateServiceRequest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren service update NAME|ID [--image] [--replicas] [--env K=V]... [--env-rm K]...}.
 * Environment changes are merged into the service's current environment; the update applies only if
 * nobody changed the service since it was read (else exit 4, try again).
 */
@Command(name = "update", description = "Update a service.")
public final class ServiceUpdateCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The service.")
  String service;

  @Option(names = "--image", paramLabel = "IMAGE", description = "New image.")
  String image;

  @Option(names = "--replicas", paramLabel = "N", description = "New number of replicas.")
  Integer replicas;

  @Option(
      names = {"-e", "--env"},
      paramLabel = "KEY=VALUE",
      description = "Add or change an environment variable; repeatable.")
  Map<String, String> envAdd = new LinkedHashMap<>();

  @Option(
      names = "--env-rm",
      paramLabel = "KEY",
      description = "Remove an environment variable; repeatable.")
  List<String> envRemove = new ArrayList<>();

  @Inject
  ServiceUpdateCommand(ManagerConnector connector) {
    this.connector = connector;
  }

  @Override
  public Integer call() {
    if (image == null && replicas == null && envAdd.isEmpty() && envRemove.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "nothing to update: give --image, --replicas, --env or --env-rm");
    }
    Service updated;
    try (ManagerClient manager = connector.connect(client.config())) {
      Service current = ServiceResolver.resolve(manager.getService(), service);
      updated =
          manager
              .updateService()
              .update(
                  new UpdateServiceRequest(
                      current.id(),
                      Optional.ofNullable(replicas),
                      Optional.ofNullable(image),
                      envChange(current.spec().env()),
                      Optional.of(current.version().value())));
    }
    output.printObject(spec.commandLine().getOut(), updated, s -> s.id().value(), Service::name);
    return ExitCodes.OK;
  }

  private Optional<Map<String, String>> envChange(Map<String, String> current) {
    if (envAdd.isEmpty() && envRemove.isEmpty()) {
      return Optional.empty();
    }
    var env = new TreeMap<>(current);
    envRemove.forEach(env::remove);
    env.putAll(envAdd);
    return Optional.of(env);
  }
}
