package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.proto.CreateSecretRequest;
import dev.warren.adapters.grpc.proto.CreateVolumeRequest;
import dev.warren.adapters.grpc.proto.DeleteSecretRequest;
import dev.warren.adapters.grpc.proto.DeleteVolumeRequest;
import dev.warren.adapters.grpc.proto.GetSecretByNameRequest;
import dev.warren.adapters.grpc.proto.ListSecretsRequest;
import dev.warren.adapters.grpc.proto.RollbackServiceRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceImageRequest;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The secret, volume and rollout RPCs end to end over a real server on loopback: a raw stub shows
 * what is on the wire (Warren's status strings, no secret data), the client shows the domain view.
 */
class ResourceRpcsTest extends LoopbackServerTest {
  private static final byte[] PAYLOAD = "p4ss\u0000w0rd\n".getBytes(StandardCharsets.UTF_8);

  private final FakeResourceUseCases resources = useCases.resources;

  @Test
  void createSecretHandsTheExactPayloadToTheUseCaseAndAnswersWithoutData() {
    var response =
        api.createSecret(
            CreateSecretRequest.newBuilder()
                .setName("db-password")
                .setData(ByteString.copyFrom(PAYLOAD))
                .build());

    assertThat(resources.payloads).containsEntry("db-password", Bytes.of(PAYLOAD));
    assertThat(response.getSecret().getName()).isEqualTo("db-password");
    assertThat(response.getSecret().getId()).isNotEmpty();
    assertThat(response.getSecret().getData()).isEmpty();
  }

  @Test
  void getByNameAndListNeverCarryData() {
    client.create(new dev.warren.domain.port.in.CreateSecretRequest("a", Bytes.of(PAYLOAD)));
    client.create(new dev.warren.domain.port.in.CreateSecretRequest("b", Bytes.of(PAYLOAD)));

    var found = api.getSecretByName(GetSecretByNameRequest.newBuilder().setName("a").build());
    var listed = api.listSecrets(ListSecretsRequest.getDefaultInstance());

    assertThat(found.getSecret().getName()).isEqualTo("a");
    assertThat(found.getSecret().getData()).isEmpty();
    assertThat(listed.getSecretsList())
        .extracting(secret -> secret.getName() + ":" + secret.getData().size())
        .containsExactly("a:0", "b:0");
  }

  @Test
  void theClientSeesSecretsAsMetadata() {
    SecretMetadata created =
        client.create(new dev.warren.domain.port.in.CreateSecretRequest("db", Bytes.of(PAYLOAD)));

    assertThat(created.createdAt()).isEqualTo(FakeResourceUseCases.NOW);
    assertThat(
            client.get(
                new dev.warren.domain.port.in.GetSecretByNameRequest(
                    "db", ReadConsistency.LINEARIZABLE)))
        .isEqualTo(created);
    assertThat(client.list(new dev.warren.domain.port.in.ListSecretsRequest(ReadConsistency.LOCAL)))
        .containsExactly(created);
    assertThatThrownBy(
            () ->
                client.create(
                    new dev.warren.domain.port.in.CreateSecretRequest("db", Bytes.of(PAYLOAD))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("secret already exists: db");
  }

  @Test
  void deleteSecretAnswersOkAndTellsInUseFromMissing() {
    SecretMetadata db =
        client.create(new dev.warren.domain.port.in.CreateSecretRequest("db", Bytes.of(PAYLOAD)));
    SecretMetadata tls =
        client.create(new dev.warren.domain.port.in.CreateSecretRequest("tls", Bytes.of(PAYLOAD)));
    resources.inUse.add("tls");

    var response =
        api.deleteSecret(DeleteSecretRequest.newBuilder().setId(db.id().value()).build());

    assertThat(response.getStatus()).isEqualTo("ok");
    assertThatThrownBy(
            () -> client.delete(new dev.warren.domain.port.in.DeleteSecretRequest(tls.id())))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("secret tls is in use");
    assertThatThrownBy(
            () -> client.delete(new dev.warren.domain.port.in.DeleteSecretRequest(db.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void badSecretRequestsAreInvalidArgumentsAndReachNoUseCase() {
    assertThat(
            codeOf(
                () ->
                    api.createSecret(
                        CreateSecretRequest.newBuilder()
                            .setName("big")
                            .setData(ByteString.copyFrom(new byte[500 * 1024 + 1]))
                            .build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(
            codeOf(() -> api.createSecret(CreateSecretRequest.newBuilder().setName("e").build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(codeOf(() -> api.deleteSecret(DeleteSecretRequest.getDefaultInstance())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(codeOf(() -> api.getSecretByName(GetSecretByNameRequest.getDefaultInstance())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(resources.requests).isEmpty();
  }

  @Test
  void volumesRoundTripEveryFieldThroughTheClient() {
    Volume created =
        client.create(
            new dev.warren.domain.port.in.CreateVolumeRequest(
                "data", "local", Map.of("size", "1g"), Map.of("team", "db")));
    var bound =
        new Volume(
            VolumeId.of("vol-9"),
            "bound",
            "local",
            Map.of("o", "1"),
            Map.of("l", "2"),
            FakeResourceUseCases.NOW,
            Optional.of(NodeId.of("node-1")),
            "/var/lib/warren/volumes/bound");
    resources.put(bound);

    assertThat(client.get(new GetVolumeByNameRequest("data", ReadConsistency.LINEARIZABLE)))
        .isEqualTo(created);
    assertThat(client.get(new GetVolumeByNameRequest("bound", ReadConsistency.LINEARIZABLE)))
        .isEqualTo(bound);
    assertThat(client.list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE)))
        .containsExactly(bound, created);
  }

  @Test
  void createVolumeWithoutDriverIsLocalAndAnUnknownDriverIsInvalid() {
    var local = api.createVolume(CreateVolumeRequest.newBuilder().setName("data").build());

    assertThat(local.getVolume().getDriver()).isEqualTo("local");
    assertThat(
            codeOf(
                () ->
                    api.createVolume(
                        CreateVolumeRequest.newBuilder().setName("x").setDriver("nfs").build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
  }

  @Test
  void deleteVolumeAnswersOkAndRefusesAMountedOne() {
    Volume data =
        client.create(
            new dev.warren.domain.port.in.CreateVolumeRequest("data", "local", Map.of(), Map.of()));
    Volume logs =
        client.create(
            new dev.warren.domain.port.in.CreateVolumeRequest("logs", "local", Map.of(), Map.of()));
    resources.inUse.add("logs");

    var response =
        api.deleteVolume(DeleteVolumeRequest.newBuilder().setId(data.id().value()).build());

    assertThat(response.getStatus()).isEqualTo("ok");
    assertThat(
            codeOf(
                () ->
                    api.deleteVolume(
                        DeleteVolumeRequest.newBuilder().setId(logs.id().value()).build())))
        .isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThatThrownBy(
            () -> client.delete(new dev.warren.domain.port.in.DeleteVolumeRequest(data.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void updateServiceImageAnswersWarrensStatusAndPassesStrategyAndConfig() {
    var response =
        api.updateServiceImage(
            UpdateServiceImageRequest.newBuilder()
                .setId("svc-1")
                .setImage("nginx:2")
                .setStrategy("blue-green")
                .build());

    assertThat(response.getStatus()).isEqualTo("deployment initiated");
    assertThat(resources.requests)
        .containsExactly(
            new dev.warren.domain.port.in.UpdateServiceImageRequest(
                ServiceId.of("svc-1"),
                "nginx:2",
                Optional.of(DeployStrategy.BLUE_GREEN),
                Optional.empty()));
  }

  @Test
  void theClientSendsRolloutsAndGetsTheUseCasesFailures() {
    var request =
        new dev.warren.domain.port.in.UpdateServiceImageRequest(
            ServiceId.of("svc-1"), "nginx:2", Optional.empty(), Optional.of(UpdateConfig.DEFAULT));

    client.updateImage(request);
    client.rollback(new dev.warren.domain.port.in.RollbackServiceRequest(ServiceId.of("svc-1")));

    assertThat(resources.requests)
        .containsExactly(
            request, new dev.warren.domain.port.in.RollbackServiceRequest(ServiceId.of("svc-1")));
    resources.failWith(
        () -> new FailedPreconditionException("service web has no previous spec to roll back to"));
    assertThatThrownBy(
            () ->
                client.rollback(
                    new dev.warren.domain.port.in.RollbackServiceRequest(ServiceId.of("svc-1"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("service web has no previous spec to roll back to");
  }

  @Test
  void rollbackAnswersWarrensStatusAndBadRolloutRequestsAreInvalid() {
    var response = api.rollbackService(RollbackServiceRequest.newBuilder().setId("svc-1").build());

    assertThat(response.getStatus()).isEqualTo("rollback completed");
    assertThat(
            codeOf(
                () ->
                    api.updateServiceImage(
                        UpdateServiceImageRequest.newBuilder()
                            .setId("svc-1")
                            .setImage("nginx:2")
                            .setStrategy("big-bang")
                            .build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(codeOf(() -> api.rollbackService(RollbackServiceRequest.getDefaultInstance())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(resources.requests).hasSize(1);
  }

  @Test
  void secretIdsAreSentAsGiven() {
    resources.failWith(() -> new NotFoundException("secret not found: abc"));

    assertThatThrownBy(
            () ->
                client.delete(
                    new dev.warren.domain.port.in.DeleteSecretRequest(SecretId.of("abc"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("secret not found: abc");
    assertThat(resources.requests)
        .containsExactly(new dev.warren.domain.port.in.DeleteSecretRequest(SecretId.of("abc")));
  }
}
