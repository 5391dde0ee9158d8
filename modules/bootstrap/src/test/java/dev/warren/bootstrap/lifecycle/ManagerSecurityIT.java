package dev.warren.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.RealManager;
import dev.warren.bootstrap.TestManagers;
import dev.warren.bootstrap.TlsClients;
import dev.warren.bootstrap.metrics.HttpProbe;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.StreamEventsRequest;
import dev.warren.testkit.Closer;
import dev.warren.tls.ClientTlsIdentity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security of a real manager (Xodus, Ratis, the Bouncy Castle CA, gRPC over mutual TLS, the
 * unix socket): admin credentials, certificate renewal in place, refused handshakes and
 * certificates, the authorization table with certificates obtained through join tokens, and no
 * secret payload anywhere outside its ciphertext.
 */
class ManagerSecurityIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);
  private static final Duration IDLE = Duration.ofMillis(500);

  @TempDir Path dataDir;
  @TempDir Path otherDataDir;
  @TempDir Path credentialsDir;

  @AutoClose private final Closer toClose = new Closer();

  private CredentialsDirectory credentials() {
    return new CredentialsDirectory(credentialsDir);
  }

  private ControlPlaneServer newServer(Path data) {
    return newServer(data, credentialsDir);
  }

  private ControlPlaneServer newServer(Path data, Path adminCredentials) {
    ControlPlaneServer server =
        TestManagers.server(data, new CredentialsDirectory(adminCredentials));
    toClose.register(server);
    return server;
  }

  private <T extends AutoCloseable> T closing(T closeable) {
    toClose.register(closeable);
    return closeable;
  }

  private GrpcWarrenClient client(StartReport manager, ClientTlsIdentity identity) {
    return closing(TlsClients.as(manager, identity));
  }

  private GrpcWarrenClient socketClient(StartReport manager) {
    return closing(GrpcWarrenClient.unixSocket(manager.socket(), TlsClients.DEADLINE));
  }

  /** The certificate chain the API presents to a new TLS connection. */
  private static X509Certificate[] servedChain(StartReport manager, String protocol)
      throws Exception {
    var seen = new X509Certificate[1][];
    TrustManager capture =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {
            seen[0] = chain;
          }

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {capture}, new SecureRandom());
    try (var socket =
        (SSLSocket)
            context.getSocketFactory().createSocket(manager.api().host(), manager.api().port())) {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setProtocols(new String[] {protocol});
      parameters.setApplicationProtocols(new String[] {"h2"});
      socket.setSSLParameters(parameters);
      socket.startHandshake();
    }
    return seen[0];
  }

  private static X509Certificate parse(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theUserWhoStartsTheManagerGetsAnAdminCertificateThatIsKeptAcrossRestarts() throws Exception {
    ControlPlaneServer first = newServer(dataDir);
    StartReport started = first.start();

    assertThat(started.adminCredentialsIssued()).isTrue();
    assertThat(started.adminCredentials()).contains(credentialsDir);
    ClientTlsIdentity admin = TlsClients.admin(credentials());
    assertThat(parse(admin.certificatePem()).getSubjectX500Principal().getName())
        .isEqualTo("CN=admin,OU=admin,O=" + started.clusterId().value());
    assertThat(client(started, admin).get().leaderId()).isEqualTo("manager-1");
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("pki/node.key")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(started.socket()))
        .isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
    String nodeCertificate = Files.readString(dataDir.resolve("pki/node.crt"));
    first.close();
    assertThat(started.socket()).doesNotExist();

    StartReport restarted = newServer(dataDir).start();

    assertThat(restarted.adminCredentialsIssued()).isFalse();
    assertThat(TlsClients.admin(credentials())).usingRecursiveComparison().isEqualTo(admin);
    assertThat(Files.readString(dataDir.resolve("pki/node.crt"))).isEqualTo(nodeCertificate);
    assertThat(servedChain(restarted, "TLSv1.3")[0]).isEqualTo(parse(nodeCertificate));
  }

  @Test
  void anAdminCertificateOfAnotherClusterIsReplaced() {
    ControlPlaneServer other = newServer(otherDataDir, credentialsDir);
    other.start();
    ClientTlsIdentity otherAdmin = TlsClients.admin(credentials());
    other.close();

    StartReport started = newServer(dataDir).start();

    assertThat(started.adminCredentialsIssued()).isTrue();
    assertThat(TlsClients.admin(credentials()).caCertificatePem())
        .isNotEqualTo(otherAdmin.caCertificatePem());
    assertThat(client(started, TlsClients.admin(credentials())).get().leaderId())
        .isEqualTo("manager-1");
  }

  @Test
  void aRenewedNodeCertificateIsServedToNewConnectionsWithoutARestart() throws Exception {
    ControlPlaneServer server = newServer(dataDir);
    StartReport started = server.start();
    X509Certificate before = servedChain(started, "TLSv1.3")[0];

    NodeCertificate.Current renewed = server.renewNodeCertificate();

    X509Certificate after = servedChain(started, "TLSv1.3")[0];
    assertThat(after.getSerialNumber().toString(16))
        .isEqualTo(renewed.serialHex())
        .isNotEqualTo(before.getSerialNumber().toString(16));
    assertThat(after.getSubjectX500Principal().getName())
        .isEqualTo("CN=manager-1,OU=manager,O=" + started.clusterId().value());
    assertThat(parse(Files.readString(dataDir.resolve("pki/node.crt")))).isEqualTo(after);
    assertThat(client(started, TlsClients.admin(credentials())).get().leaderId())
        .isEqualTo("manager-1");
  }

  @Test
  void tls12ClientsForeignCertificatesAndRotatedTokensAreRefused(@TempDir Path otherCredentials) {
    ControlPlaneServer other = newServer(otherDataDir, otherCredentials);
    other.start();
    ClientTlsIdentity otherAdmin = TlsClients.admin(new CredentialsDirectory(otherCredentials));
    StartReport started = newServer(dataDir).start();
    ClientTlsIdentity admin = TlsClients.admin(credentials());
    String token = TlsClients.token(started, admin, Role.WORKER);

    assertThatThrownBy(() -> servedChain(started, "TLSv1.2")).isInstanceOf(SSLException.class);

    // Another cluster's admin certificate, presented to this cluster's manager.
    var foreign =
        new ClientTlsIdentity(
            otherAdmin.certificatePem(), otherAdmin.privateKeyPem(), admin.caCertificatePem());
    assertThatThrownBy(() -> client(started, foreign).get())
        .isInstanceOf(UnauthenticatedException.class);
    assertThatThrownBy(() -> closing(TlsClients.anonymous(started, token)).get())
        .isInstanceOf(UnauthenticatedException.class);
    client(started, admin).joinTokens().generate(new GenerateJoinTokenRequest(Role.WORKER, true));
    assertThatThrownBy(
            () ->
                closing(TlsClients.anonymous(started, token))
                    .requestCertificate(
                        new RequestCertificateRequest("worker-1", token, Optional.empty())))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("was rotated at");
  }

  /** What a call is expected to do for a caller. */
  private enum Outcome {
    OK,
    DENIED,
    UNAUTHENTICATED
  }

  private static void expect(String what, Outcome outcome, Runnable call) {
    switch (outcome) {
      case OK -> call.run();
      case DENIED ->
          assertThatThrownBy(call::run).as(what).isInstanceOf(PermissionDeniedException.class);
      case UNAUTHENTICATED ->
          assertThatThrownBy(call::run).as(what).isInstanceOf(UnauthenticatedException.class);
    }
  }

  @Test
  void theAuthorizationTableHoldsOnTheLiveManagerWithCertificatesFromJoinTokens() {
    StartReport started = newServer(dataDir).start();
    ClientTlsIdentity adminIdentity = TlsClients.admin(credentials());
    GrpcWarrenClient admin = client(started, adminIdentity);
    GrpcWarrenClient manager =
        client(started, TlsClients.redeem(started, adminIdentity, "manager-2", Role.MANAGER));
    GrpcWarrenClient workerSelf =
        client(started, TlsClients.redeem(started, adminIdentity, "worker-1", Role.WORKER));
    GrpcWarrenClient workerOther =
        client(started, TlsClients.redeem(started, adminIdentity, "worker-2", Role.WORKER));
    GrpcWarrenClient anonymous =
        closing(
            TlsClients.anonymous(started, TlsClients.token(started, adminIdentity, Role.WORKER)));
    GrpcWarrenClient socket = socketClient(started);
    var register =
        new RegisterNodeRequest(
            NodeId.of("worker-1"), NodeRole.WORKER, "10.1.0.7:7946", NodeResources.NONE, Map.of());
    var heartbeat = new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.empty(), List.of());
    var linearizable = new ListServicesRequest(ReadConsistency.LINEARIZABLE);

    // caller -> cluster info, list services, create service, register worker-1, heartbeat worker-1,
    // generate a join token
    record Row(String caller, GrpcWarrenClient client, Outcome... outcomes) {}
    List<Row> table =
        List.of(
            new Row(
                "admin",
                admin,
                Outcome.OK,
                Outcome.OK,
                Outcome.OK,
                Outcome.DENIED,
                Outcome.DENIED,
                Outcome.OK),
            new Row(
                "manager",
                manager,
                Outcome.OK,
                Outcome.OK,
                Outcome.OK,
                Outcome.OK,
                Outcome.OK,
                Outcome.OK),
            new Row(
                "worker-1 (itself)",
                workerSelf,
                Outcome.OK,
                Outcome.OK,
                Outcome.DENIED,
                Outcome.OK,
                Outcome.OK,
                Outcome.DENIED),
            new Row(
                "worker-2 (another)",
                workerOther,
                Outcome.OK,
                Outcome.OK,
                Outcome.DENIED,
                Outcome.DENIED,
                Outcome.DENIED,
                Outcome.DENIED),
            new Row(
                "no certificate",
                anonymous,
                Outcome.UNAUTHENTICATED,
                Outcome.UNAUTHENTICATED,
                Outcome.UNAUTHENTICATED,
                Outcome.UNAUTHENTICATED,
                Outcome.UNAUTHENTICATED,
                Outcome.UNAUTHENTICATED),
            new Row(
                "local socket",
                socket,
                Outcome.OK,
                Outcome.OK,
                Outcome.DENIED,
                Outcome.DENIED,
                Outcome.DENIED,
                Outcome.DENIED));
    int services = 0;
    for (Row row : table) {
      GrpcWarrenClient c = row.client();
      String name = "svc-" + services++;
      expect(row.caller() + " GetClusterInfo", row.outcomes()[0], c::get);
      expect(row.caller() + " ListServices", row.outcomes()[1], () -> c.list(linearizable));
      expect(
          row.caller() + " CreateService",
          row.outcomes()[2],
          () -> c.create(new CreateServiceRequest(ServiceSpec.of(name, "nginx:1.27", 1))));
      expect(row.caller() + " RegisterNode", row.outcomes()[3], () -> c.register(register));
      expect(row.caller() + " Heartbeat", row.outcomes()[4], () -> c.record(heartbeat));
      expect(
          row.caller() + " GenerateJoinToken",
          row.outcomes()[5],
          () -> c.joinTokens().generate(new GenerateJoinTokenRequest(Role.ADMIN)));
    }
  }

  /** Every event from the start, read until none comes for a moment. */
  private List<Event> allEvents(GrpcWarrenClient admin) {
    try (EventStream stream = admin.open(StreamEventsRequest.resume(EventFilter.ALL, 0))) {
      var events = new ArrayList<Event>();
      for (Optional<Event> next = stream.next(IDLE); next.isPresent(); next = stream.next(IDLE)) {
        events.add(next.get());
      }
      return events;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aWorkerCallingAdministrativeRpcsIsDeniedAndChangesNothing() {
    StartReport started = newServer(dataDir).start();
    ClientTlsIdentity adminIdentity = TlsClients.admin(credentials());
    GrpcWarrenClient admin = client(started, adminIdentity);
    var web = admin.create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:1.27", 2)));
    var secret = admin.create(new CreateSecretRequest("db-password", Bytes.of(new byte[] {1, 2})));
    var volume = admin.create(new CreateVolumeRequest("data", "local", Map.of(), Map.of()));
    GrpcWarrenClient worker =
        client(started, TlsClients.redeem(started, adminIdentity, "worker-1", Role.WORKER));
    var servicesBefore = admin.list(new ListServicesRequest(ReadConsistency.LINEARIZABLE));
    var secretsBefore = admin.list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE));
    var volumesBefore = admin.list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE));
    int eventsBefore = allEvents(admin).size();

    List<Consumer<GrpcWarrenClient>> adminCalls =
        List.of(
            c -> c.create(new CreateServiceRequest(ServiceSpec.of("evil", "evil:1", 1))),
            c -> c.delete(new DeleteServiceRequest(web.id())),
            c -> c.rollback(new RollbackServiceRequest(web.id())),
            c -> c.create(new CreateSecretRequest("evil", Bytes.of(new byte[] {9}))),
            c -> c.delete(new DeleteSecretRequest(secret.id())),
            c -> c.create(new CreateVolumeRequest("evil", "local", Map.of(), Map.of())),
            c -> c.delete(new DeleteVolumeRequest(volume.id())),
            c -> c.remove(new RemoveNodeRequest(NodeId.of("manager-1"))),
            c -> c.joinTokens().generate(new GenerateJoinTokenRequest(Role.ADMIN, true)),
            c -> c.joinTokens().generate(new GenerateJoinTokenRequest(Role.WORKER, true)),
            c -> c.open(StreamEventsRequest.live(EventFilter.ALL)).next(IDLE));
    for (var call : adminCalls) {
      assertThatThrownBy(() -> call.accept(worker)).isInstanceOf(PermissionDeniedException.class);
    }

    assertThat(admin.list(new ListServicesRequest(ReadConsistency.LINEARIZABLE)))
        .isEqualTo(servicesBefore);
    assertThat(admin.list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)))
        .isEqualTo(secretsBefore);
    assertThat(admin.list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE)))
        .isEqualTo(volumesBefore);
    assertThat(allEvents(admin)).hasSize(eventsBefore);
    // The worker token was not rotated: it still redeems.
    assertThat(TlsClients.redeem(started, adminIdentity, "worker-3", Role.WORKER).certificatePem())
        .contains("BEGIN CERTIFICATE");
  }

  /** Collects every log record of the process while a test runs. */
  private static final class Capture extends Handler {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aSecretPayloadAppearsInNoFileLogAnswerEventOrMetric() throws Exception {
    var capture = new Capture();
    capture.setLevel(java.util.logging.Level.ALL);
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    toClose.register(() -> root.removeHandler(capture));
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String payload = "payload-" + HexFormat.of().formatHex(random);

    ControlPlaneServer server = newServer(dataDir);
    StartReport started = server.start();
    GrpcWarrenClient admin = client(started, TlsClients.admin(credentials()));
    admin.create(
        new CreateSecretRequest("api-key", Bytes.of(payload.getBytes(StandardCharsets.UTF_8))));
    var answers = new ArrayList<Object>();
    answers.add(admin.get(new GetSecretByNameRequest("api-key", ReadConsistency.LINEARIZABLE)));
    answers.add(admin.list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)));
    GrpcWarrenClient socket = socketClient(started);
    answers.add(socket.get(new GetSecretByNameRequest("api-key", ReadConsistency.LINEARIZABLE)));
    answers.add(socket.list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)));
    List<Event> events = allEvents(admin);
    String metrics = HttpProbe.get("http://" + started.metrics() + "/metrics").body();
    server.close();

    assertThat(events).extracting(Event::type).contains("secret.created");
    assertThat(answers.toString()).contains("api-key").doesNotContain(payload);
    assertThat(events.toString()).doesNotContain(payload);
    assertThat(metrics).contains("# TYPE").doesNotContain(payload);
    assertThat(String.join("", capture.lines)).doesNotContain(payload);
    assertThat(RealManager.filesContaining(dataDir, payload.getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }
}
