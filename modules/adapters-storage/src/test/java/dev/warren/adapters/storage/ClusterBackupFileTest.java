package dev.warren.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterBackupFileTest {
  @TempDir Path dir;

  @Test
  void aWrittenBackupVerifiesAndExtractsToTheSameSections() throws IOException {
    Map<String, Path> sections = sections();
    Path backup = write(sections);

    var header = ClusterBackupFile.verify(backup);
    Path out = Files.createDirectories(dir.resolve("out"));
    var extracted = ClusterBackupFile.extract(backup, out);

    assertThat(header)
        .isEqualTo(extracted)
        .isEqualTo(new ClusterBackupFile.Header(1, "cluster-7", 42));
    for (var section : sections.entrySet()) {
      assertThat(out.resolve(section.getKey())).hasSameBinaryContentAs(section.getValue());
    }
  }

  @Test
  void aTruncatedBackupIsRefusedAndNothingIsExtracted() throws IOException {
    Path backup = write(sections());
    byte[] bytes = Files.readAllBytes(backup);
    Path truncated = dir.resolve("truncated");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 100));
    Path out = Files.createDirectories(dir.resolve("out"));

    assertThatThrownBy(() -> ClusterBackupFile.extract(truncated, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a usable warren cluster backup")
        .hasMessageEndingWith("; take a new backup");
    try (var left = Files.list(out)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void oneChangedByteAnywhereIsCaughtByTheChecksum() throws IOException {
    Path backup = write(sections());
    byte[] bytes = Files.readAllBytes(backup);
    // A byte inside the state section: the structure still parses, only the checksum differs.
    bytes[bytes.length - 40] ^= 1;
    Path altered = dir.resolve("altered");
    Files.write(altered, bytes);

    assertThatThrownBy(() -> ClusterBackupFile.verify(altered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its SHA-256 checksum does not match its contents");
  }

  @Test
  void aFileThatIsNoBackupIsRefusedWithWhatItIs() throws IOException {
    Path other = dir.resolve("other");
    Files.writeString(other, "x".repeat(100));

    assertThatThrownBy(() -> ClusterBackupFile.verify(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it does not start as a warren cluster backup does");
  }

  private Path write(Map<String, Path> sections) throws IOException {
    Path backup = dir.resolve("backup");
    try (OutputStream out = Files.newOutputStream(backup)) {
      ClusterBackupFile.write(out, "cluster-7", 42, sections);
    }
    return backup;
  }

  private Map<String, Path> sections() throws IOException {
    Map<String, Path> sections = new LinkedHashMap<>();
    for (String name : ClusterBackupFile.SECTIONS) {
      Path file = dir.resolve("in-" + name);
      Files.write(file, (name + " contents ").repeat(20).getBytes(StandardCharsets.UTF_8));
      sections.put(name, file);
    }
    return sections;
  }
}
