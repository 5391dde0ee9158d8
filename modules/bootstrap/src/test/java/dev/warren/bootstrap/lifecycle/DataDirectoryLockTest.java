package dev.warren.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {
  @TempDir Path temp;

  @Test
  void aSecondHolderIsRefusedUntilTheFirstReleases() {
    Path dataDir = temp.resolve("data");
    DataDirectoryLock first = DataDirectoryLock.acquire(dataDir);

    assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("data directory " + dataDir + " is in use by another warren process");
    first.close();
    DataDirectoryLock.acquire(dataDir).close();
  }
}
