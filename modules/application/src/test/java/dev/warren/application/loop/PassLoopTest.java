package dev.warren.application.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.testkit.Await;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PassLoopTest {
  private static final long PASS_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

  /** One pass's start and end, from {@link System#nanoTime()}. */
  private record Span(long start, long end) {}

  @Test
  void aStreamOfRequestsRunsPassesNoCloserThanTheyTake() throws InterruptedException {
    List<Span> spans = new CopyOnWriteArrayList<>();
    CountDownLatch fivePasses = new CountDownLatch(5);
    AtomicBoolean stop = new AtomicBoolean();
    Runnable slowPass =
        () -> {
          long start = System.nanoTime();
          while (System.nanoTime() - start < PASS_NANOS) {
            Thread.onSpinWait(); // stands for a pass over a large cluster
          }
          spans.add(new Span(start, System.nanoTime()));
          fivePasses.countDown();
        };
    try (var loop = PassLoop.paced("paced", slowPass, InstantSource.system())) {
      Thread requester =
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (!stop.get()) {
                      loop.requestPass();
                      Thread.onSpinWait();
                    }
                  });
      try {
        assertThat(fivePasses.await(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        stop.set(true);
        requester.join();
      }
    }
    List<Span> passes = List.copyOf(spans);
    for (int i = 1; i < passes.size(); i++) {
      Span before = passes.get(i - 1);
      long took = before.end() - before.start();
      assertThat(passes.get(i).start() - before.end())
          .as("the gap after pass %d, which took %d µs", i, took / 1_000)
          .isGreaterThanOrEqualTo(took);
    }
  }

  @Test
  void manyRequestsWhileAPassIsDueMakeOnePass() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch firstStarted = new CountDownLatch(1);
    List<Long> starts = new CopyOnWriteArrayList<>();
    Runnable pass =
        () -> {
          starts.add(System.nanoTime());
          firstStarted.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    try (var loop = new PassLoop("coalescing", pass, InstantSource.system())) {
      loop.requestPass();
      assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 100; i++) {
        loop.requestPass();
      }
      release.countDown();
      Await.until(() -> starts.size() >= 2, Duration.ofSeconds(30));
      // Had each request queued a pass of its own, a hundred would run; one more request now
      // would be the hundred-and-second.
      loop.requestPass();
      Await.until(() -> starts.size() >= 3, Duration.ofSeconds(30));
    }
    assertThat(starts).hasSize(3);
  }
}
