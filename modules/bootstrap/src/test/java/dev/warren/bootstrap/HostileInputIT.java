package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.Message;
import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.proto.CreateSecretRequest;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.CreateVolumeRequest;
import dev.warren.adapters.grpc.proto.ListIngressesRequest;
import dev.warren.adapters.grpc.proto.ListSecretsRequest;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesRequest;
import dev.warren.adapters.grpc.proto.ListVolumesRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WarrenProto;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.testkit.CapturedLogs;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.health.v1.HealthProto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against a real manager (Xodus, Ratis, Bouncy Castle, gRPC) over mutual TLS as the
 * admin and over the read-only unix socket: every RPC of every service the project defines gets an
 * empty request, a plausible one and each kind of malformed bytes, then seeded random requests with
 * one hostile field each (huge, empty, control characters, surrogates, extremes, 10,000 elements, 4
 * MiB of bytes, unknown enum values). No answer may be UNKNOWN or INTERNAL, slower than five
 * seconds or carry more than 1 KiB of message; the manager's log, as the image's logging
 * configuration (dist/src/main/image/conf/logging.properties) prints it, holds no stack trace and
 * nothing SEVERE; and a restart serves what was acknowledged.
 *
 * <p>The short profile runs in every build. A longer run, and the reproduction of a failure (its
 * line names the seed):
 *
 * <pre>
 * tools/mvn -B -ntp -pl modules/bootstrap -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=HostileInputIT -Dfailsafe.failIfNoSpecifiedTests=false \
 *     -Dwarren.fuzz.seed=42 -Dwarren.fuzz.calls=20000
 * </pre>
 */
class HostileInputIT {
  private static final long SEED = Long.getLong("warren.fuzz.seed", System.nanoTime());
  private static final int CALLS = Integer.getInteger("warren.fuzz.calls", 2_000);
  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final Duration STREAM_WINDOW = Duration.ofMillis(200);
  private static final int MAX_STATUS_MESSAGE = 1024;
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  private final List<ControlPlaneServer> servers = new ArrayList<>();
  private final List<ManagedChannel> channels = new ArrayList<>();
  private final CapturedLogs capture = new CapturedLogs();

  @AfterEach
  void stop() {
    capture.close();
    channels.forEach(ManagedChannel::shutdownNow);
    servers.forEach(ControlPlaneServer::close);
  }

  private record Target(String name, ManagedChannel channel) {}

  private record Rpc(String fullName, MethodDescriptor method) {
    boolean streaming() {
      return method.isServerStreaming() || method.isClientStreaming();
    }
  }

  /** What one call answered, and what was sent, for the reproduction line. */
  private record Outcome(
      int index, Rpc rpc, Target target, String sent, Status status, Duration took) {
    String describe() {
      return "HostileInputIT seed="
          + SEED
          + " calls="
          + CALLS
          + " call #"
          + index
          + ": "
          + rpc.fullName()
          + " over "
          + target.name()
          + " with "
          + sent
          + " -> "
          + status.getCode()
          + " in "
          + took.toMillis()
          + " ms: "
          + abbreviated(status.getDescription());
    }
  }

  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private StartReport startManager() {
    ControlPlaneServer server = TestManagers.server(dataDir, environment().credentials());
    servers.add(server);
    return server.start();
  }

  private ManagedChannel channel(ManagedChannel channel) {
    channels.add(channel);
    return channel;
  }

  @Test
  void everyRpcAnswersHostileInputWithAShortTypedStatusAndTheStateSurvivesARestart() {
    StartReport started = startManager();
    ClientTlsIdentity admin = TlsClients.admin(environment().credentials());
    var tls =
        new Target(
            "mutual TLS as admin",
            channel(GrpcChannels.mutualTls(started.api().host(), started.api().port(), admin)));
    var socket =
        new Target("the read-only socket", channel(GrpcChannels.unixSocket(started.socket())));
    var api = WarrenAPIGrpc.newBlockingStub(tls.channel()).withDeadlineAfter(20, TimeUnit.SECONDS);
    api.createService(
        CreateServiceRequest.newBuilder()
            .setName("seed-web")
            .setImage("nginx:1")
            .setReplicas(1)
            .build());
    api.createSecret(
        CreateSecretRequest.newBuilder()
            .setName("seed-secret")
            .setData(ByteString.copyFromUtf8("s3cret"))
            .build());
    api.createVolume(CreateVolumeRequest.newBuilder().setName("seed-volume").build());

    List<Rpc> rpcs = rpcs();
    var random = new Random(SEED);
    var messages = new HostileMessages(random);
    var outcomes = new ArrayList<Outcome>();
    long began = System.nanoTime();
    capture.start();
    int index = 0;
    for (Rpc rpc : rpcs) {
      for (Target target : List.of(tls, socket)) {
        var fixed = new ArrayList<HostileMessages.Body>();
        fixed.add(new HostileMessages.Body(new byte[0], "an empty request"));
        Message plausible = messages.plausible(rpc.method().getInputType());
        fixed.add(new HostileMessages.Body(plausible.toByteArray(), "a plausible request"));
        fixed.addAll(HostileMessages.MALFORMED);
        for (HostileMessages.Body body : fixed) {
          outcomes.add(call(index++, rpc, target, body));
        }
      }
    }
    for (int i = 0; i < CALLS; i++) {
      Rpc rpc = rpcs.get(random.nextInt(rpcs.size()));
      Target target = random.nextInt(4) == 0 ? socket : tls;
      outcomes.add(call(index++, rpc, target, messages.hostile(rpc.method().getInputType())));
    }
    Duration fuzzing = Duration.ofNanos(System.nanoTime() - began);
    capture.close();
    System.out.printf(
        "HostileInputIT seed=%d: %d calls to %d RPCs in %d s%n",
        SEED, outcomes.size(), rpcs.size(), fuzzing.toSeconds());

    List<String> bad =
        outcomes.stream()
            .filter(
                outcome ->
                    outcome.status().getCode() == Status.Code.UNKNOWN
                        || outcome.status().getCode() == Status.Code.INTERNAL
                        || outcome.took().compareTo(BOUND) > 0
                        || (outcome.status().getDescription() != null
                            && outcome.status().getDescription().length() > MAX_STATUS_MESSAGE))
            .map(Outcome::describe)
            .toList();
    assertThat(bad).as("calls answered UNKNOWN/INTERNAL, too slowly or too verbosely").isEmpty();
    assertThat(rpcs).hasSizeGreaterThanOrEqualTo(40);
    ImageLogging image = ImageLogging.load();
    List<String> traces =
        capture.records().stream()
            .filter(image::publishes)
            .filter(record -> record.getThrown() != null || record.getLevel() == Level.SEVERE)
            .map(record -> record.getLoggerName() + ": " + abbreviated(record.getMessage()))
            .toList();
    assertThat(traces)
        .as("records the image's logging configuration prints with a stack trace or as SEVERE")
        .isEmpty();
    long refusalLines =
        capture.records().stream()
            .filter(record -> record.getLoggerName().endsWith("RejectionLog"))
            .count();
    assertThat(refusalLines)
        .as("one refusal line per caller (admin, socket) and minute")
        .isBetween(1L, 2L * (fuzzing.toMinutes() + 1));

    List<String> before = state(tls.channel());
    assertThat(before)
        .anyMatch(entry -> entry.endsWith("seed-web"))
        .anyMatch(entry -> entry.endsWith("seed-secret"))
        .anyMatch(entry -> entry.endsWith("seed-volume"));
    servers.removeFirst().close();
    StartReport restarted = startManager();
    ManagedChannel again =
        channel(GrpcChannels.mutualTls(restarted.api().host(), restarted.api().port(), admin));
    assertThat(state(again)).as("what the manager acknowledged, after a restart").isEqualTo(before);
  }

  /** Which records the image's conf/logging.properties lets through, by logger level. */
  private record ImageLogging(Properties levels) {
    static ImageLogging load() {
      Path file = Path.of("../../dist/src/main/image/conf/logging.properties");
      var levels = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        levels.load(in);
      } catch (IOException failure) {
        throw new UncheckedIOException("cannot read the image's logging configuration", failure);
      }
      return new ImageLogging(levels);
    }

    boolean publishes(LogRecord record) {
      String name = record.getLoggerName() == null ? "" : record.getLoggerName();
      while (true) {
        String level = levels.getProperty(name.isEmpty() ? ".level" : name + ".level");
        if (level != null) {
          return record.getLevel().intValue() >= Level.parse(level.strip()).intValue();
        }
        if (name.isEmpty()) {
          return true;
        }
        int dot = name.lastIndexOf('.');
        name = dot < 0 ? "" : name.substring(0, dot);
      }
    }
  }

  /** Every object a client can list, as kind/id/name, sorted. */
  private static List<String> state(ManagedChannel channel) {
    var api = WarrenAPIGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
    var all = new TreeSet<String>();
    api.listServices(ListServicesRequest.getDefaultInstance())
        .getServicesList()
        .forEach(s -> all.add("service/" + s.getId() + "/" + s.getImage() + "/" + s.getName()));
    api.listSecrets(ListSecretsRequest.getDefaultInstance())
        .getSecretsList()
        .forEach(s -> all.add("secret/" + s.getId() + "/" + s.getName()));
    api.listVolumes(ListVolumesRequest.getDefaultInstance())
        .getVolumesList()
        .forEach(v -> all.add("volume/" + v.getId() + "/" + v.getName()));
    api.listIngresses(ListIngressesRequest.getDefaultInstance())
        .getIngressesList()
        .forEach(i -> all.add("ingress/" + i.getId() + "/" + i.getName()));
    api.listTLSCertificates(ListTLSCertificatesRequest.getDefaultInstance())
        .getCertificatesList()
        .forEach(c -> all.add("certificate/" + c.getId() + "/" + c.getName()));
    return List.copyOf(all);
  }

  /** Every RPC of the project's services, and the standard health service. */
  private static List<Rpc> rpcs() {
    var services = new ArrayList<ServiceDescriptor>(WarrenProto.getDescriptor().getServices());
    services.addAll(HealthProto.getDescriptor().getServices());
    var rpcs = new ArrayList<Rpc>();
    for (ServiceDescriptor service : services) {
      for (MethodDescriptor method : service.getMethods()) {
        rpcs.add(new Rpc(service.getFullName() + "/" + method.getName(), method));
      }
    }
    return rpcs;
  }

  private static Outcome call(int index, Rpc rpc, Target target, HostileMessages.Body body) {
    var descriptor =
        io.grpc.MethodDescriptor.<byte[], byte[]>newBuilder(RAW, RAW)
            .setType(
                rpc.streaming()
                    ? io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING
                    : io.grpc.MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(rpc.fullName())
            .build();
    ClientCall<byte[], byte[]> call =
        target
            .channel()
            .newCall(
                descriptor,
                CallOptions.DEFAULT.withDeadlineAfter(
                    BOUND.toMillis() + 2_000, TimeUnit.MILLISECONDS));
    var closed = new CompletableFuture<Status>();
    long start = System.nanoTime();
    call.start(
        new ClientCall.Listener<>() {
          @Override
          public void onClose(Status status, Metadata trailers) {
            closed.complete(status);
          }
        },
        new Metadata());
    call.request(Integer.MAX_VALUE);
    call.sendMessage(body.bytes());
    call.halfClose();
    Status status;
    try {
      status =
          rpc.streaming()
              ? closed.get(STREAM_WINDOW.toMillis(), TimeUnit.MILLISECONDS)
              : closed.get(BOUND.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException stillOpen) {
      // A stream that was accepted stays open: that is an answer too.
      call.cancel("the fuzzer has seen enough", null);
      status = rpc.streaming() ? Status.OK : Status.DEADLINE_EXCEEDED;
    } catch (Exception interrupted) {
      throw new AssertionError(interrupted);
    }
    return new Outcome(
        index,
        rpc,
        target,
        body.description(),
        status,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static String abbreviated(String text) {
    if (text == null) {
      return "(no message)";
    }
    return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " chars)";
  }

  private static final io.grpc.MethodDescriptor.Marshaller<byte[]> RAW =
      new io.grpc.MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
          try {
            return stream.readAllBytes();
          } catch (IOException failure) {
            throw new UncheckedIOException(failure);
          }
        }
      };
}
