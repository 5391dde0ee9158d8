package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceRequest;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.ServiceRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceRequestProtoMapperTest {
  private static final ServiceId ID = ServiceId.of("svc-1");

  @Test
  void replicasPresentIsSetEvenWhenZero() {
    var request =
        UpdateServiceRequest.newBuilder().setId("svc-1").setReplicas(0).setImage("nginx:2").build();

    var update = ServiceRequestProtoMapper.toDomain(request);

    assertThat(update.replicas()).contains(0);
    assertThat(update.image()).contains("nginx:2");
  }

  @Test
  void anUpdateWithNothingElseToChangeScalesToZero() {
    var update =
        ServiceRequestProtoMapper.toDomain(
            UpdateServiceRequest.newBuilder().setId("svc-1").build());

    assertThat(update.replicas()).contains(0);
    assertThat(update.image()).isEmpty();
    assertThat(update.env()).isEmpty();
  }

  @Test
  void absentReplicasWithAnotherChangeLeavesReplicasUnchanged() {
    var imageOnly =
        ServiceRequestProtoMapper.toDomain(
            UpdateServiceRequest.newBuilder().setId("svc-1").setImage("nginx:2").build());
    var envOnly =
        ServiceRequestProtoMapper.toDomain(
            UpdateServiceRequest.newBuilder().setId("svc-1").putEnv("A", "1").build());

    assertThat(imageOnly.replicas()).isEmpty();
    assertThat(imageOnly.image()).contains("nginx:2");
    assertThat(envOnly.replicas()).isEmpty();
    assertThat(envOnly.env()).contains(Map.of("A", "1"));
  }

  @Test
  void warrenClientsPlainInt32ReplicasDecodesAsPresent() throws IOException {
    // What a client built from Warren's proto (int32 replicas = 2, no presence) sends for 3.
    var bytes = new ByteArrayOutputStream();
    var out = CodedOutputStream.newInstance(bytes);
    out.writeString(1, "svc-1");
    out.writeInt32(2, 3);
    out.flush();

    var update =
        ServiceRequestProtoMapper.toDomain(
            UpdateServiceRequest.parseFrom(ByteString.copyFrom(bytes.toByteArray())));

    assertThat(update.replicas()).contains(3);
  }

  @Test
  void expectedVersionIsCarriedWhenPresent() {
    var withVersion =
        ServiceRequestProtoMapper.toDomain(
            UpdateServiceRequest.newBuilder()
                .setId("svc-1")
                .setReplicas(2)
                .setExpectedVersion(4)
                .build());
    var without =
        ServiceRequestProtoMapper.toDomain(
            UpdateServiceRequest.newBuilder().setId("svc-1").setReplicas(2).build());

    assertThat(withVersion.expectedVersion()).contains(4L);
    assertThat(without.expectedVersion()).isEmpty();
  }

  @Test
  void clientSendsReplicasOnlyWhenTheRequestHasIt() {
    var imageOnly =
        ServiceRequestProtoMapper.toProto(
            new dev.warren.domain.port.in.UpdateServiceRequest(
                ID, Optional.empty(), Optional.of("nginx:2"), Optional.empty(), Optional.empty()));
    var scaleToZero =
        ServiceRequestProtoMapper.toProto(
            new dev.warren.domain.port.in.UpdateServiceRequest(
                ID, Optional.of(0), Optional.empty(), Optional.empty(), Optional.of(2L)));

    assertThat(imageOnly.hasReplicas()).isFalse();
    assertThat(imageOnly.getImage()).isEqualTo("nginx:2");
    assertThat(scaleToZero.hasReplicas()).isTrue();
    assertThat(scaleToZero.getReplicas()).isZero();
    assertThat(scaleToZero.getExpectedVersion()).isEqualTo(2L);
    assertThat(ServiceRequestProtoMapper.toDomain(imageOnly).replicas()).isEmpty();
    assertThat(ServiceRequestProtoMapper.toDomain(scaleToZero).replicas()).contains(0);
  }

  static Stream<Arguments> updatesTheWireCannotExpress() {
    return Stream.of(
        Arguments.of(Optional.empty(), Optional.empty(), Optional.empty(), "changes nothing"),
        Arguments.of(Optional.of(1), Optional.empty(), Optional.of(Map.of()), "env"),
        Arguments.of(Optional.empty(), Optional.of(" "), Optional.empty(), "image"));
  }

  @ParameterizedTest
  @MethodSource("updatesTheWireCannotExpress")
  void clientRefusesUpdatesTheWireCannotExpress(
      Optional<Integer> replicas,
      Optional<String> image,
      Optional<Map<String, String>> env,
      String refusal) {
    assertInvalid(
            () ->
                ServiceRequestProtoMapper.toProto(
                    new dev.warren.domain.port.in.UpdateServiceRequest(
                        ID, replicas, image, env, Optional.empty())))
        .hasMessageContaining(refusal);
  }

  @Test
  void getServiceLooksUpByIdElseByName() {
    assertThat(
            ServiceRequestProtoMapper.toRef(
                GetServiceRequest.newBuilder().setId("svc-1").setName("web").build()))
        .isEqualTo(new ServiceRef.ById(ID));
    assertThat(
            ServiceRequestProtoMapper.toRef(GetServiceRequest.newBuilder().setName("web").build()))
        .isEqualTo(new ServiceRef.ByName("web"));
    assertThat(ServiceRequestProtoMapper.toProto(new ServiceRef.ByName("web")))
        .isEqualTo(GetServiceRequest.newBuilder().setName("web").build());
    assertThat(ServiceRequestProtoMapper.toProto(new ServiceRef.ById(ID)))
        .isEqualTo(GetServiceRequest.newBuilder().setId("svc-1").build());
  }

  @Test
  void getServiceWithNeitherIdNorNameIsRejected() {
    assertInvalid(() -> ServiceRequestProtoMapper.toRef(GetServiceRequest.getDefaultInstance()))
        .hasMessage("service id or name is required");
  }

  @Test
  void missingServiceIdIsRejectedNamingTheField() {
    assertInvalid(
            () ->
                ServiceRequestProtoMapper.toDomain(
                    UpdateServiceRequest.newBuilder().setReplicas(1).build()))
        .hasMessage("service id is required");
  }
}
