package dev.warren.cli.apply;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code kind: Volume}: {@code name}, {@code driver} (default {@code local}), {@code driverOpts}
 * and {@code labels}, as {@code -o yaml} prints a volume.
 *
 * <p>The API cannot update a volume: planning must create it when absent, report it unchanged when
 * driver, options and labels are equal, and refuse (failed precondition) when they differ.
 */
final class VolumeKind extends ResourceKind<DesiredVolume, Volume> {
  VolumeKind() {
    super("Volume", DesiredVolume::name);
  }

  @Override
  protected Supplier<DesiredVolume> desired(String name, YamlFields fields, Path baseDirectory) {
    String driver = fields.string("driver").orElse(Volume.LOCAL_DRIVER);
    Map<String, String> driverOpts = fields.stringMap("driverOpts");
    Map<String, String> labels = fields.stringMap("labels");
    return () -> new DesiredVolume(name, driver, driverOpts, labels);
  }

  @Override
  protected Volume find(ManagerClient manager, String name) {
    return manager.volumes().get(new GetVolumeByNameRequest(name, LINEARIZABLE));
  }

  @Override
  protected Step creation(ManagerClient manager, DesiredVolume desired) {
    var request =
        new CreateVolumeRequest(
            desired.name(), desired.driver(), desired.driverOpts(), desired.labels());
    return Step.create(() -> manager.volumes().create(request));
  }

  @Override
  protected Step change(ManagerClient manager, Volume current, DesiredVolume desired) {
    var held =
        new DesiredVolume(current.name(), current.driver(), current.driverOpts(), current.labels());
    if (held.equals(desired)) {
      return Step.UNCHANGED;
    }
    throw new FailedPreconditionException(
        "volume "
            + desired.name()
            + " exists with another driver, options or labels, which the manager cannot update;"
            + " remove it with 'warren volume rm "
            + desired.name()
            + "' first if its data may go");
  }
}
