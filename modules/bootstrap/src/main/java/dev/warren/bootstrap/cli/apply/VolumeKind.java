package dev.warren.bootstrap.cli.apply;

import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.bootstrap.cli.yaml.YamlFields;
import dev.warren.domain.model.volume.Volume;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code kind: Volume}: {@code name}, {@code driver} (default {@code local}), {@code driverOpts}
 * and {@code labels}, as {@code -o yaml} prints a volume.
 *
 * <p>The API cannot update a volume: planning must create it when absent, report it unchanged when
 * driver, options and labels are equal, and refuse (failed precondition) when they differ. Until
 * the client has volume use cases, planning reports the kind as not supported.
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
    throw ResourceKinds.notSupported(kind());
  }
}
