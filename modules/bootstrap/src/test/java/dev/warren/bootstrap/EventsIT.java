package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.bootstrap.metrics.Readiness;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import dev.warren.testkit.Closer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * Events on the real manager (Xodus, Ratis, gRPC): every applied change is an event at its log
 * index, streamed live, and resumable after a restart from the last id a client got.
 */
class EventsIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  /**
   * The test's own config home: the manager writes the admin credentials there, the CLI reads them.
   */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private CredentialsDirectory credentials() {
    return environment().credentials();
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  @AutoClose private final Closer toClose = new Closer();

  private ControlPlaneServer newServer() {
    var config =
        new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
            .withAdminCredentials(credentials());
    ControlPlaneServer server = DaggerControlPlaneComponent.factory().create(config).server();
    toClose.register(server);
    return server;
  }

  private GrpcWarrenClient client(StartReport manager) {
    var client = TlsClients.as(manager, TlsClients.admin(credentials()));
    toClose.register(client);
    return client;
  }

  private EventStream open(GrpcWarrenClient client, StreamEventsRequest request) {
    EventStream stream = client.open(request);
    toClose.register(stream);
    return stream;
  }

  private static Event take(EventStream stream) {
    return stream.next(TIMEOUT).orElseThrow(() -> new AssertionError("no event in " + TIMEOUT));
  }

  private static List<Event> take(EventStream stream, int count) {
    var events = new ArrayList<Event>();
    for (int i = 0; i < count; i++) {
      events.add(take(stream));
    }
    return events;
  }

  @Test
  void appliedChangesAreStreamedLiveAndResumedAcrossARestartWithoutGapsOrDuplicates() {
    ControlPlaneServer first = newServer();
    StartReport started = first.start();
    assertThat(first.readiness()).isEqualTo(new Readiness.Ready());
    GrpcWarrenClient client = client(started);

    List<Event> history = take(open(client, StreamEventsRequest.resume(EventFilter.ALL, 0)), 2);
    assertThat(history)
        .extracting(Event::type)
        .containsExactly("cluster.initialized", "node.registered");
    assertThat(history.get(1).message()).isEqualTo("node manager-1 registered");

    EventStream live = open(client, StreamEventsRequest.live(EventFilter.of("service")));
    var web = client.create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:1.27", 3)));
    client.create(new CreateServiceRequest(ServiceSpec.of("api", "api:1", 1)));
    client.delete(new DeleteServiceRequest(web.id()));
    List<Event> beforeRestart = take(live, 3);
    assertThat(beforeRestart)
        .extracting(Event::message)
        .containsExactly("service web created", "service api created", "service web deleted");
    assertThat(beforeRestart.getFirst().metadata())
        .containsEntry("service_id", web.id().value())
        .containsEntry("service_name", "web");
    assertThat(beforeRestart).extracting(Event::id).isSorted().doesNotHaveDuplicates();
    long lastSeen = beforeRestart.get(1).id();

    first.close();
    assertThat(first.readiness()).isInstanceOf(Readiness.NotReady.class);
    assertThatThrownBy(() -> live.next(TIMEOUT))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining(
            "the manager is shutting down; resume after event " + beforeRestart.get(2).id());

    StartReport restarted = newServer().start();
    GrpcWarrenClient again = client(restarted);
    again.create(new CreateServiceRequest(ServiceSpec.of("db", "postgres:17", 1)));
    EventStream resumed = open(again, StreamEventsRequest.resume(EventFilter.ALL, lastSeen));

    List<Event> afterResume = take(resumed, 3);
    assertThat(afterResume.getFirst()).isEqualTo(beforeRestart.get(2));
    assertThat(afterResume.subList(1, 3))
        .extracting(Event::type)
        .containsExactly("node.registered", "service.created");
    assertThat(afterResume.get(2).message()).isEqualTo("service db created");
    assertThat(afterResume).extracting(Event::id).isSorted().doesNotHaveDuplicates();
    assertThat(resumed.next(Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void theCliFollowsEventsAsJsonLinesAndRefusesUnknownTypes() {
    StartReport started = newServer().start();
    client(started).create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:1.27", 1)));

    CliRun run =
        CliRun.execute(
            cli,
            environment(),
            "events",
            "--since",
            "0",
            "--type",
            "service",
            "--limit",
            "1",
            "-o",
            "json",
            "--manager",
            started.api().toString());
    CliRun typo =
        CliRun.execute(
            cli,
            environment(),
            "events",
            "--type",
            "servce",
            "--manager",
            started.api().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines())
        .singleElement()
        .asString()
        .startsWith("{ \"id\": ")
        .contains("\"type\": \"service.created\"", "\"message\": \"service web created\"");
    assertThat(typo.exitCode()).as(typo.toString()).isEqualTo(2);
    assertThat(typo.err()).startsWith("error: event type filter 'servce' matches no event type");
  }
}
