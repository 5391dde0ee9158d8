package dev.warren.adapters.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.testkit.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {
  private static final Duration POLL = Duration.ofMillis(10);

  @TempDir Path dir;

  @Test
  void linesWrittenAcrossRotationsArriveOnceAndInOrder() throws IOException {
    Path log = dir.resolve("output.log");
    append(log, "line 1\nline 2\n");
    List<String> received = new CopyOnWriteArrayList<>();

    LogFollower follower = LogFollower.start(log, 3, 1, received::add, POLL, "test");
    try {
      for (int n = 3; n <= 400; n++) {
        append(log, "line " + n + "\n");
        if (n % 50 == 0) {
          LogFiles.rotateIfLarger(log, 1024, 3);
        }
        int written = n;
        if (n % 25 == 0) {
          await(() -> received.size() == written - 1);
        }
      }
      await(() -> received.size() == 399);
    } finally {
      follower.close();
    }

    assertThat(received)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(2, 400).mapToObj(n -> "line " + n).toList());
  }

  @Test
  void aLineIsHandedOverOnlyOnceItEnds() throws IOException {
    Path log = dir.resolve("output.log");
    List<String> received = new CopyOnWriteArrayList<>();

    LogFollower follower = LogFollower.start(log, 3, 10, received::add, POLL, "test");
    append(log, "half a ");
    append(log, "line\nnext\n");
    await(() -> received.size() == 2);
    follower.close();

    assertThat(received).containsExactly("half a line", "next");
  }

  private static void append(Path log, String text) throws IOException {
    Files.writeString(
        log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static void await(BooleanSupplier condition) {
    Await.until(condition, Duration.ofSeconds(20));
  }
}
