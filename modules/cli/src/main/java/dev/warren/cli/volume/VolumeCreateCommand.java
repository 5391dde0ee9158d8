package dev.warren.cli.volume;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.CreateVolumeRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren volume create NAME [--driver local] [--opt K=V]... [--label K=V]...}. */
@Command(name = "create", description = "Create a volume; prints its name (its id with -q).")
public final class VolumeCreateCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME", description = "Volume name.")
  String name;

  @Option(
      names = {"-d", "--driver"},
      paramLabel = "DRIVER",
      defaultValue = Volume.LOCAL_DRIVER,
      description = "Volume driver; only local so far (default: ${DEFAULT-VALUE}).")
  String driver;

  @Option(names = "--opt", paramLabel = "KEY=VALUE", description = "Driver option; repeatable.")
  Map<String, String> driverOpts = new LinkedHashMap<>();

  @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Label; repeatable.")
  Map<String, String> labels = new LinkedHashMap<>();

  VolumeCreateCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    var request = new CreateVolumeRequest(name, driver, driverOpts, labels);
    Volume created;
    try (ManagerClient manager = connector.connect(client.config())) {
      created = manager.volumes().create(request);
    }
    output.printObject(
        spec.commandLine().getOut(), created, volume -> volume.id().value(), Volume::name);
    return ExitCodes.OK;
  }
}
