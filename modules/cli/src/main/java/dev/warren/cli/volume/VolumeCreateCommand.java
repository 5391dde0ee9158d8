package dev.warren.cli.volume;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.CreateVolumeRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warren volume create NAME [--driver local] [--opt K=V]... [--label K=V]...}. */
@Command(name = "create", description = "Create a volume; prints its name (its id with -q).")
public final class VolumeCreateCommand extends ManagerOutputCommand {
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
    super(ports);
  }

  @Override
  public Integer call() {
    var request = new CreateVolumeRequest(name, driver, driverOpts, labels);
    Volume created;
    try (ManagerClient manager = connect()) {
      created = manager.volumes().create(request);
    }
    return printResult(created, volume -> volume.id().value(), Volume::name);
  }
}
