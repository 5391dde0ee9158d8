package dev.warren.cli.apply;

import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@code warren apply} on manifests written to a temporary folder, against a fake manager
 * whose clock and the command line's stand at the epoch.
 */
abstract class ApplyFixture extends AgainstFakeManager {
  @TempDir Path dir;

  ApplyFixture() {
    super(Instant.EPOCH, Duration.ZERO);
  }

  /** Writes {@code text} to the file {@code name} in the temporary folder. */
  Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Runs {@code warren apply -f FILE}. */
  CliRun apply(Path file) {
    return warren("apply", "-f", file.toString());
  }
}
