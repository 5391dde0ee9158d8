package dev.warren.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the bytes of every persisted type. The file of the current format version must equal what
 * this build writes; the files of older versions must still be read.
 */
class GoldenFormatTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String WRITE_PROPERTY = "warren.codec.writeGolden";

  @Test
  void theCurrentVersionWritesExactlyThePinnedBytesAndReadsThemBack() throws IOException {
    Map<String, Object> samples = GoldenSamples.byLabel();
    int version = currentVersion();
    if (Boolean.getBoolean(WRITE_PROPERTY)) {
      writeCandidate(version, samples);
    }
    Map<String, String> pinned = pinned(version);
    assertThat(pinned.keySet())
        .as(
            "the samples pinned in %s. A new persisted type or enum constant: add its line to"
                + " that file (the other lines stay; no new version is needed). A sample that is"
                + " gone (a type or constant removed or renamed): stored data may still hold it,"
                + " so raise the format version and keep a reader, as the codec's package-info"
                + " describes",
            fileName(version))
        .containsExactlyInAnyOrderElementsOf(samples.keySet());

    samples.forEach(
        (label, value) -> {
          String written = HEX.formatHex(DomainCodec.encode(value));
          if (!written.equals(pinned.get(label))) {
            fail(
                "the bytes of %s changed while the format version is still %d. Stored data and"
                    + " log entries written by earlier builds would no longer read the same. If"
                    + " the change is meant: raise the format version, keep a reader for version"
                    + " %d (see the codec's package-info), and pin the new bytes (run this test"
                    + " with -D%s=true, then move target/%s to src/test/resources/%s, beside the"
                    + " file of version %d). If it is not meant: undo the change.%n pinned:  %s%n"
                    + " written: %s",
                label,
                version,
                version,
                WRITE_PROPERTY,
                fileName(version + 1),
                resourceDirectory(),
                version,
                pinned.get(label),
                written);
          }
          assertThat(
                  DomainCodec.decode(
                      GoldenSamples.decodedAs(value), HEX.parseHex(pinned.get(label))))
              .as(label)
              .isEqualTo(value);
        });
  }

  @Test
  void everyEarlierVersionIsStillPinnedAndRead() throws IOException {
    Map<String, Object> samples = GoldenSamples.byLabel();
    for (int version = 1; version < currentVersion(); version++) {
      Map<String, String> pinned = pinned(version);
      for (Map.Entry<String, String> entry : pinned.entrySet()) {
        Object sample = samples.get(entry.getKey());
        assertThat(sample).as("a sample for %s of version %d", entry.getKey(), version).isNotNull();
        Object read =
            DomainCodec.decode(GoldenSamples.decodedAs(sample), HEX.parseHex(entry.getValue()));
        assertThat(read)
            .as("%s of version %d", entry.getKey(), version)
            .isInstanceOf(sample.getClass());
      }
    }
  }

  @Test
  void versionOneNodesServicesAndTasksReadAsActiveAnywhereAndWithoutARestartWindow()
      throws IOException {
    Map<String, Object> samples = GoldenSamples.byLabel();
    Map<String, String> pinned = pinned(1);
    // These samples were written before availability, placement and restart windows existed and
    // carry the defaults, so version 1 bytes must read back as exactly the same values.
    for (String label : List.of("Node", "Service", "Service#2", "Task", "ServiceCreated")) {
      Object sample = samples.get(label);
      assertThat(
              DomainCodec.decode(GoldenSamples.decodedAs(sample), HEX.parseHex(pinned.get(label))))
          .as("%s of version 1", label)
          .isEqualTo(sample);
    }
  }

  @Test
  void versionTwoReplicasAndRolloutsReadAsMadeFromVersionOneAndAtStepZeroWithoutAReason()
      throws IOException {
    Map<String, String> pinned = pinned(2);
    Task task = DomainCodec.decode(Task.class, HEX.parseHex(pinned.get("Task")));
    assertThat(task).isEqualTo(RichSamples.task());
    assertThat(task.serviceVersion()).isEqualTo(Version.initial());
    Rollout rollout = DomainCodec.decode(Rollout.class, HEX.parseHex(pinned.get("Rollout")));
    Rollout sample = RichSamples.rollout();
    assertThat(rollout.serviceVersion()).isEqualTo(sample.serviceVersion());
    assertThat(rollout.toImage()).isEqualTo(sample.toImage());
    assertThat(rollout.updateConfig()).isEqualTo(sample.updateConfig());
    assertThat(rollout.previousVersion()).isEqualTo(Version.initial());
    assertThat(rollout.step()).isZero();
    assertThat(rollout.stepCount()).isZero();
    assertThat(rollout.reason()).isEmpty();
  }

  private static int currentVersion() {
    return DomainCodec.FORMAT_VERSION;
  }

  private static String fileName(int version) {
    return "format-v" + version + ".golden";
  }

  private static String resourceDirectory() {
    return GoldenFormatTest.class.getPackageName().replace('.', '/');
  }

  /** Label and hex per line, in file order; blank lines and '#' comments are skipped. */
  private static Map<String, String> pinned(int version) throws IOException {
    String name = fileName(version);
    try (InputStream in = GoldenFormatTest.class.getResourceAsStream(name)) {
      if (in == null) {
        fail(
            "no pinned bytes for format version %d: src/test/resources/%s/%s is missing. Pin"
                + " them by running this test with -D%s=true and moving target/%s there; keep the"
                + " files of earlier versions, they prove old data still reads.",
            version, resourceDirectory(), name, WRITE_PROPERTY, name);
      }
      var entries = new LinkedHashMap<String, String>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split(" ", 2);
        entries.put(parts[0], parts[1]);
      }
      return entries;
    }
  }

  private static void writeCandidate(int version, Map<String, Object> samples) {
    var text = new StringBuilder();
    text.append("# Bytes of format version ")
        .append(version)
        .append(" (hex), one pinned sample per line; see GoldenFormatTest.\n");
    samples.forEach(
        (label, value) ->
            text.append(label)
                .append(' ')
                .append(HEX.formatHex(DomainCodec.encode(value)))
                .append('\n'));
    try {
      Files.writeString(Path.of("target", fileName(version)), text, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
