package dev.warren.cli.apply;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kind: Volume}: {@code name}, {@code driver} (default {@code local}), {@code driverOpts}
 * and {@code labels}, as {@code -o yaml} prints a volume.
 *
 * <p>The API cannot update a volume: planning must create it when absent, report it unchanged when
 * driver, options and labels are equal, and refuse (failed precondition) when they differ.
 */
final class VolumeKind implements ResourceKind<DesiredVolume> {

  @Override
  public String kind() {
    return "Volume";
  }

  @Override
  public DesiredVolume read(YamlFields fields, Path baseDirectory) {
    String name = fields.requiredString("name");
    String driver = fields.string("driver").orElse(Volume.LOCAL_DRIVER);
    Map<String, String> driverOpts = fields.stringMap("driverOpts");
    Map<String, String> labels = fields.stringMap("labels");
    fields.rejectUnknown();
    return fields.build(() -> new DesiredVolume(name, driver, driverOpts, labels));
  }

  @Override
  public String name(DesiredVolume desired) {
    return desired.name();
  }

  @Override
  public Step plan(ManagerClient manager, DesiredVolume desired) {
    Optional<Volume> found = find(manager, desired.name());
    if (found.isEmpty()) {
      var request =
          new CreateVolumeRequest(
              desired.name(), desired.driver(), desired.driverOpts(), desired.labels());
      return Step.create(() -> manager.volumes().create(request));
    }
    Volume current = found.get();
    if (current.driver().equals(desired.driver())
        && current.driverOpts().equals(desired.driverOpts())
        && current.labels().equals(desired.labels())) {
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

  private static Optional<Volume> find(ManagerClient manager, String name) {
    try {
      return Optional.of(
          manager.volumes().get(new GetVolumeByNameRequest(name, ReadConsistency.LINEARIZABLE)));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }
}
