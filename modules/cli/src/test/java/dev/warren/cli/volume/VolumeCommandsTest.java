package dev.warren.cli.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.volume.Volume;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeCommandsTest extends AgainstFakeManager {
  VolumeCommandsTest() {
    super(Duration.ofSeconds(7200));
  }

  @Test
  void createPassesDriverOptionsAndLabelsAndPrintsTheName() {
    CliRun run =
        warren(
            "volume",
            "create",
            "data",
            "--driver",
            "local",
            "--opt",
            "size=10G",
            "--opt",
            "type=ext4",
            "--label",
            "team=db");

    assertThat(run.succeeded()).isEqualTo("data\n");
    Volume data = manager.resources.volume("data");
    assertThat(data.driver()).isEqualTo("local");
    assertThat(data.driverOpts()).isEqualTo(Map.of("size", "10G", "type", "ext4"));
    assertThat(data.labels()).isEqualTo(Map.of("team", "db"));
  }

  @Test
  void createDefaultsToTheLocalDriverAndPrintsTheIdWithQuiet() {
    CliRun run = warren("volume", "create", "cache", "-q");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.resources.volume("cache").driver()).isEqualTo("local");
    assertThat(run.out()).isEqualTo(manager.resources.volume("cache").id().value() + "\n");
  }

  @Test
  void anUnknownDriverOrBadNameIsAUsageErrorAndNothingIsSent() {
    CliRun nfs = warren("volume", "create", "data", "--driver", "nfs");
    CliRun bad = warren("volume", "create", "Data_1");

    assertThat(nfs.failed(ExitCodes.USAGE))
        .isEqualTo("error: volume driver 'nfs' is not supported: use local\n");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void aDuplicateNameIsAConflict() {
    warren("volume", "create", "data");

    CliRun again = warren("volume", "create", "data");

    assertThat(again.failed(ExitCodes.CONFLICT)).isEqualTo("error: volume already exists: data\n");
  }

  @Test
  void lsPrintsATableOrIds() {
    warren("volume", "create", "zeta");
    warren("volume", "create", "alpha");
    Volume alpha = manager.resources.volume("alpha");
    Volume zeta = manager.resources.volume("zeta");

    CliRun table = warren("volume", "ls");
    CliRun quiet = warren("volume", "ls", "-q");

    assertThat(table.out().lines())
        .containsExactly(
            "ID                                     NAME    DRIVER   NODE   CREATED",
            alpha.id().value() + "   alpha   local    -      2 hours ago",
            zeta.id().value() + "   zeta    local    -      2 hours ago");
    assertThat(quiet.out()).isEqualTo(alpha.id().value() + "\n" + zeta.id().value() + "\n");
  }

  @Test
  void inspectShowsEveryFieldByNameOrId() {
    warren("volume", "create", "data", "--opt", "size=10G", "--label", "team=db", "--label", "x=y");
    Volume data = manager.resources.volume("data");

    CliRun pretty = warren("volume", "inspect", "data");
    CliRun json = warren("volume", "inspect", data.id().value(), "--output", "json");

    assertThat(pretty.out())
        .isEqualTo(
            "ID:          "
                + data.id().value()
                + "\n"
                + "Name:        data\n"
                + "Driver:      local\n"
                + "Node:        - (not placed yet)\n"
                + "Mount path:  -\n"
                + "Created:     2026-11-25T12:00:00Z (2 hours ago)\n"
                + "Options:     size=10G\n"
                + "Labels:      team=db\n"
                + "             x=y\n");
    assertThat(json.out())
        .contains(
            "\"driverOpts\": {\n    \"size\": \"10G\"\n  }",
            "\"nodeId\": null",
            "\"mountPath\": \"\"");
  }

  @Test
  void rmRemovesAndRefusesAMountedVolume() {
    warren("volume", "create", "data");
    warren("volume", "create", "logs");
    manager.resources.inUse.add("logs");

    CliRun run = warren("volume", "rm", "logs", "data", "ghost");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(run.out()).isEqualTo("data\n");
    assertThat(run.err())
        .isEqualTo(
            "error: volume logs is mounted by service web\nerror: volume not found: ghost\n");
    assertThat(manager.resources.hasVolume("data")).isFalse();
  }
}
