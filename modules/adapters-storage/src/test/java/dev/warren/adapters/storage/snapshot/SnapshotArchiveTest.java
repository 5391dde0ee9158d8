package dev.warren.adapters.storage.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jetbrains.exodus.backup.BackupStrategy;
import jetbrains.exodus.backup.VirtualFileDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotArchiveTest {
  @TempDir Path dir;

  /** The files of a directory, as Xodus' backup strategy hands out an environment's log files. */
  private static BackupStrategy filesOf(Path environment) throws IOException {
    List<VirtualFileDescriptor> files = new ArrayList<>();
    try (Stream<Path> listed = Files.list(environment)) {
      listed
          .sorted()
          .forEach(file -> files.add(new BackupStrategy.FileDescriptor(file.toFile(), "")));
    }
    return new BackupStrategy() {
      @Override
      public Iterable<VirtualFileDescriptor> getContents() {
        return files;
      }
    };
  }

  @Test
  void logFilesWithBase32NamesPastTheSecondRoundTrip() throws IOException {
    // Xodus names log files by address in base 32: the third 8 MB file is 00000000g00.xd.
    Path environment = Files.createDirectory(dir.resolve("env"));
    List<String> names =
        List.of("00000000000.xd", "00000000f00.xd", "00000000g00.xd", "0000000v000.xd");
    for (String name : names) {
      Files.writeString(environment.resolve(name), "content of " + name, StandardCharsets.UTF_8);
    }
    Path archive = dir.resolve("snapshot.zip");

    SnapshotArchive.write(filesOf(environment), archive);
    Path restored = Files.createDirectory(dir.resolve("restored"));
    SnapshotArchive.extract(archive, restored);

    for (String name : names) {
      assertThat(restored.resolve(name)).hasContent("content of " + name);
    }
    try (Stream<Path> listed = Files.list(restored)) {
      assertThat(listed).hasSize(names.size());
    }
  }
}
