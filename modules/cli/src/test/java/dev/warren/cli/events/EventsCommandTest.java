package dev.warren.cli.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.in.StreamEventsRequest;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EventsCommandTest extends AgainstFakeManager {
  private static Event event(long id, String type, String message) {
    return new Event(id, type, NOW.plusSeconds(id), message, Map.of("service_id", "svc-" + id));
  }

  private void addThree() {
    manager.addEvents(
        event(1, "service.created", "service web created"),
        event(2, "node.registered", "node node-1 registered"),
        event(3, "service.deleted", "service web deleted"));
  }

  @Test
  void printsOneLinePerEventWithTimestampIdTypeAndMessage() {
    addThree();

    CliRun run = warren("events", "--since", "0", "--limit", "3");

    assertThat(run.succeeded())
        .isEqualTo(
            "2026-11-25T12:00:01Z  1  service.created       service web created\n"
                + "2026-11-25T12:00:02Z  2  node.registered       node node-1 registered\n"
                + "2026-11-25T12:00:03Z  3  service.deleted       service web deleted\n");
    assertThat(manager.streamRequests())
        .containsExactly(new StreamEventsRequest(EventFilter.ALL, OptionalLong.of(0)));
    assertThat(manager.openConnections()).isZero();
  }

  @Test
  void jsonOutputIsOneObjectPerLine() {
    addThree();

    CliRun run = warren("events", "--since", "1", "--limit", "1", "--output", "json");

    assertThat(run.out())
        .isEqualTo(
            "{ \"id\": 2, \"type\": \"node.registered\", \"timestamp\": \"2026-11-25T12:00:02Z\","
                + " \"message\": \"node node-1 registered\", \"metadata\": { \"service_id\":"
                + " \"svc-2\" } }\n");
  }

  @Test
  void typesAreSentAsTheFilterAndQuietPrintsIds() {
    addThree();

    CliRun run =
        warren(
            "events",
            "--type",
            "service",
            "--type",
            "node.registered",
            "--since",
            "0",
            "--limit",
            "3",
            "-q");

    assertThat(run.out()).isEqualTo("1\n2\n3\n");
    assertThat(manager.streamRequests().getFirst().filter())
        .isEqualTo(EventFilter.of("service", "node.registered"));
  }

  @Test
  void withoutSinceOnlyLiveEventsAreAskedFor() {
    manager.loseStreamsAfter(0);

    warren("events");

    assertThat(manager.streamRequests().getFirst().afterId()).isEmpty();
  }

  @Test
  void aLostStreamIsResumedAfterTheLastPrintedEventWithoutGapsOrRepeats() {
    addThree();
    manager.loseStreamsAfter(2);

    CliRun run = warren("events", "--since", "0", "--limit", "3", "-q");

    assertThat(run.succeeded()).isEqualTo("1\n2\n3\n");
    assertThat(run.err()).contains("event stream lost", "reconnecting");
    assertThat(manager.streamRequests())
        .extracting(StreamEventsRequest::afterId)
        .containsExactly(OptionalLong.of(0), OptionalLong.of(2));
  }

  @Test
  void afterTheReconnectTimeItEndsWithOneErrorLineSayingWhereToContinue() {
    addThree();
    manager.loseStreamsAfter(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    CliRun run = warren("events", "--since", "0", "-q", "--reconnect-for", "0");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(run.out()).isEqualTo("1\n");
    assertThat(run.err())
        .endsWith("gave up reconnecting; continue with: warren events --since 1\n")
        .startsWith("error: ");
  }

  @Test
  void aManagerUnreachableFromTheStartIsAnErrorAtOnce() {
    manager.loseStreamsAfter(0);

    CliRun run = warren("events");

    assertThat(run.failed(ExitCodes.UNAVAILABLE))
        .isEqualTo("error: cannot reach a manager at fake — connection lost\n");
  }

  @Test
  void malformedTypesAndNegativeIdsAreUsageErrors() {
    CliRun badType = warren("events", "--type", "Service");
    CliRun badSince = warren("events", "--since", "-1");
    CliRun badLimit = warren("events", "--limit", "0");

    assertThat(badType.failed(ExitCodes.USAGE)).contains("event type filter 'Service' is invalid");
    assertThat(badSince.failed(ExitCodes.USAGE)).contains("after id must be at least 0");
    assertThat(badLimit.failed(ExitCodes.USAGE)).contains("--limit must be at least 1");
    assertThat(manager.streamRequests()).isEmpty();
  }
}
