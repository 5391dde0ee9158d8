package dev.warren.cli.events;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.render.JsonWriter;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warren events}: prints one line per event as changes are applied, until Ctrl-C. When the
 * stream is lost (the manager went away, or this client fell behind) it reconnects and resumes
 * after the last event printed, so nothing is missed or printed twice; after {@code
 * --reconnect-for} seconds without success it ends with one error line.
 */
@Command(
    name = "events",
    description = {
      "Follow the cluster's events: one line per applied change (Ctrl-C to stop).",
      "Line format: TIMESTAMP ID TYPE MESSAGE; --output json prints one JSON object per line."
    })
public final class EventsCommand extends ManagerOutputCommand {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "Only events of this type (service.created) or type prefix (service, node);"
              + " repeatable. Default: every type.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "ID",
      description =
          "First print the retained events after this event id (0: every retained event),"
              + " then follow. Default: only events from now on.")
  Long since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Exit after printing N events. Default: follow until Ctrl-C.")
  Long limit;

  @Option(
      names = "--reconnect-for",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description =
          "How long to keep reconnecting when the stream is lost; 0 gives up at once"
              + " (default: ${DEFAULT-VALUE}).")
  long reconnectSeconds;

  EventsCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() throws InterruptedException {
    var filter = new EventFilter(Set.copyOf(types));
    var resume = since == null ? OptionalLong.empty() : OptionalLong.of(since);
    // Validates --since and --limit before anything is opened.
    new StreamEventsRequest(filter, resume);
    if (limit != null) {
      Checks.atLeast("--limit", limit, 1);
    }
    var stop = new AtomicBoolean();
    var current = new AtomicReference<EventStream>();
    var finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.set(true);
              EventStream stream = current.get();
              if (stream != null) {
                stream.close();
              }
              awaitQuietly(finished);
            },
            "warren-events-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (ManagerClient manager = connect()) {
      follow(manager, filter, resume, stop, current);
      return ExitCodes.OK;
    } finally {
      out().flush();
      finished.countDown();
      removeHook(hook);
    }
  }

  /**
   * Streams until stopped or the limit is reached. A lost stream is reopened after the last event
   * printed, with a growing pause, for up to {@code --reconnect-for} seconds; but a manager that
   * could not be reached at all on the first attempt (wrong address, not running) is an error at
   * once, as for every other command.
   */
  private void follow(
      ManagerClient manager,
      EventFilter filter,
      OptionalLong resume,
      AtomicBoolean stop,
      AtomicReference<EventStream> current)
      throws InterruptedException {
    PrintWriter out = out();
    long printed = 0;
    boolean everConnected = false;
    Long lostAt = null;
    Duration backoff = FIRST_BACKOFF;
    while (!stop.get()) {
      var request = new StreamEventsRequest(filter, resume);
      try (EventStream stream = manager.events().open(request)) {
        current.set(stream);
        while (!stop.get()) {
          Optional<Event> next = stream.next(POLL);
          // A stream that stayed open for a whole poll, or delivered, is connected.
          everConnected = true;
          lostAt = null;
          backoff = FIRST_BACKOFF;
          if (next.isPresent()) {
            print(out, next.get());
            resume = OptionalLong.of(next.get().id());
            printed++;
            if (limit != null && printed >= limit) {
              return;
            }
          }
        }
      } catch (UnavailableException lost) {
        if (stop.get()) {
          return;
        }
        long now = System.nanoTime();
        lostAt = lostAt == null ? now : lostAt;
        if (!everConnected || now - lostAt >= TimeUnit.SECONDS.toNanos(reconnectSeconds)) {
          throw everConnected
              ? new UnavailableException(lost.getMessage() + giveUpHint(resume), lost)
              : lost;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("warren: event stream lost (" + lost.getMessage() + "); reconnecting");
        err.flush();
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2);
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
          backoff = MAX_BACKOFF;
        }
      }
    }
  }

  private static String giveUpHint(OptionalLong resume) {
    return resume.isPresent()
        ? "; gave up reconnecting; continue with: warren events --since " + resume.getAsLong()
        : "; gave up reconnecting";
  }

  private void print(PrintWriter out, Event event) {
    if (output.quiet()) {
      out.println(event.id());
    } else {
      switch (output.format()) {
        case JSON -> out.println(oneLine(JsonWriter.write(event)));
        case TABLE -> out.println(line(event));
      }
    }
    out.flush();
  }

  /** {@code TIMESTAMP ID TYPE MESSAGE}, the type padded so that messages line up. */
  static String line(Event event) {
    return String.format(
        "%s  %s  %-20s  %s", event.timestamp(), event.id(), event.type(), event.message());
  }

  /**
   * The pretty JSON on one line: JSON strings hold no raw line breaks, so every break and the
   * indentation after it are layout.
   */
  static String oneLine(String prettyJson) {
    return prettyJson.lines().map(String::strip).collect(Collectors.joining(" "));
  }

  private static void awaitQuietly(CountDownLatch finished) {
    try {
      finished.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook is running and waits for this command to finish.
    }
  }
}
