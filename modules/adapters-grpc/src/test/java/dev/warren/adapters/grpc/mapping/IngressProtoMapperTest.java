package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.proto.IngressBackend;
import dev.warren.adapters.grpc.proto.IngressPath;
import dev.warren.adapters.grpc.proto.IngressRule;
import dev.warren.adapters.grpc.proto.IngressTLS;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.UpdateIngressRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngressProtoMapperTest {
  private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00.123456Z");
  private static final Instant UPDATED = Instant.parse("2026-03-02T11:30:00.654321Z");

  private static final List<dev.warren.domain.model.ingress.IngressRule> RULES =
      List.of(
          new dev.warren.domain.model.ingress.IngressRule(
              "api.example.com",
              List.of(
                  new dev.warren.domain.model.ingress.IngressPath(
                      "/v1",
                      PathType.PREFIX,
                      new dev.warren.domain.model.ingress.IngressBackend("api", 8080)),
                  new dev.warren.domain.model.ingress.IngressPath(
                      "/health",
                      PathType.EXACT,
                      new dev.warren.domain.model.ingress.IngressBackend("api", 8081)))),
          new dev.warren.domain.model.ingress.IngressRule("", List.of()));
  private static final IngressTls TLS =
      new IngressTls(true, "www-cert", List.of("api.example.com"), true, "ops@example.com");

  private static final List<IngressRule> PROTO_RULES =
      List.of(
          IngressRule.newBuilder()
              .setHost("api.example.com")
              .addPaths(
                  IngressPath.newBuilder()
                      .setPath("/v1")
                      .setPathType("Prefix")
                      .setBackend(IngressBackend.newBuilder().setServiceName("api").setPort(8080)))
              .addPaths(
                  IngressPath.newBuilder()
                      .setPath("/health")
                      .setPathType("Exact")
                      .setBackend(IngressBackend.newBuilder().setServiceName("api").setPort(8081)))
              .build(),
          IngressRule.newBuilder().setHost("").build());
  private static final IngressTLS PROTO_TLS =
      IngressTLS.newBuilder()
          .setEnabled(true)
          .setSecretName("www-cert")
          .addHosts("api.example.com")
          .setAutoTls(true)
          .setEmail("ops@example.com")
          .build();

  @Test
  void ingressMapsEveryFieldBothWays() {
    var ingress =
        new Ingress(
            IngressId.of("ing-1"),
            "public",
            RULES,
            Optional.of(TLS),
            Map.of("tier", "edge", "team", "web"),
            CREATED,
            UPDATED);

    var proto = IngressProtoMapper.toProto(ingress);

    assertThat(proto)
        .isEqualTo(
            dev.warren.adapters.grpc.proto.Ingress.newBuilder()
                .setId("ing-1")
                .setName("public")
                .addAllRules(PROTO_RULES)
                .setTls(PROTO_TLS)
                .putLabels("tier", "edge")
                .putLabels("team", "web")
                .setCreatedAt(
                    Timestamp.newBuilder().setSeconds(CREATED.getEpochSecond()).setNanos(123456000))
                .setUpdatedAt(
                    Timestamp.newBuilder().setSeconds(UPDATED.getEpochSecond()).setNanos(654321000))
                .build());
    assertThat(IngressProtoMapper.toDomain(proto)).isEqualTo(ingress);
  }

  @Test
  void absentTlsIsNoTlsSectionBothWays() {
    var ingress =
        new Ingress(
            IngressId.of("ing-1"), "public", RULES, Optional.empty(), Map.of(), CREATED, CREATED);

    var proto = IngressProtoMapper.toProto(ingress);

    assertThat(proto.hasTls()).isFalse();
    assertThat(IngressProtoMapper.toDomain(proto).tls()).isEmpty();
  }

  @Test
  void disabledTlsSectionIsKept() {
    var disabled = new IngressTls(false, "", List.of(), false, "");
    var request = new CreateIngressRequest("public", RULES, Optional.of(disabled), Map.of());

    var proto = roundTrip(request, IngressProtoMapper::toProto, IngressProtoMapper::toDomain);

    assertThat(proto.hasTls()).isTrue();
  }

  @Test
  void createRequestMapsEveryFieldBothWays() {
    var request = new CreateIngressRequest("public", RULES, Optional.of(TLS), Map.of("a", "b"));

    var proto = roundTrip(request, IngressProtoMapper::toProto, IngressProtoMapper::toDomain);

    assertThat(proto)
        .isEqualTo(
            dev.warren.adapters.grpc.proto.CreateIngressRequest.newBuilder()
                .setName("public")
                .addAllRules(PROTO_RULES)
                .setTls(PROTO_TLS)
                .putLabels("a", "b")
                .build());
  }

  @Test
  void updateRequestNamesTheIngressByIdElseByName() {
    var byId =
        new UpdateIngressRequest(
            new IngressRef.ById(IngressId.of("ing-1")), RULES, Optional.of(TLS), Map.of("a", "b"));
    var byName =
        new UpdateIngressRequest(
            new IngressRef.ByName("public"), List.of(), Optional.empty(), Map.of());

    var idProto = IngressProtoMapper.toProto(byId);
    var nameProto = IngressProtoMapper.toProto(byName);

    assertThat(idProto)
        .isEqualTo(
            dev.warren.adapters.grpc.proto.UpdateIngressRequest.newBuilder()
                .setId("ing-1")
                .addAllRules(PROTO_RULES)
                .setTls(PROTO_TLS)
                .putLabels("a", "b")
                .build());
    assertThat(nameProto.getId()).isEmpty();
    assertThat(nameProto.getName()).isEqualTo("public");
    assertThat(IngressProtoMapper.toDomain(idProto)).isEqualTo(byId);
    assertThat(IngressProtoMapper.toDomain(nameProto)).isEqualTo(byName);
  }

  @Test
  void updateRequestWithIdAndNameRenamesTheIngressAsWarrenDoes() {
    var proto =
        dev.warren.adapters.grpc.proto.UpdateIngressRequest.newBuilder()
            .setId("ing-1")
            .setName("public-v2")
            .addAllRules(PROTO_RULES)
            .setTls(PROTO_TLS)
            .putLabels("a", "b")
            .build();

    UpdateIngressRequest request = IngressProtoMapper.toDomain(proto);

    assertThat(request.ingress()).isEqualTo(new IngressRef.ById(IngressId.of("ing-1")));
    assertThat(request.newName()).contains("public-v2");
    assertThat(request.rules()).isEqualTo(RULES);
    assertThat(request.tls()).contains(TLS);
    assertThat(request.labels()).containsExactly(Map.entry("a", "b"));
    assertThat(IngressProtoMapper.toProto(request)).isEqualTo(proto);
  }

  @Test
  void updateRequestByNameCarriesNoRename() {
    var proto =
        dev.warren.adapters.grpc.proto.UpdateIngressRequest.newBuilder().setName("public").build();

    assertThat(IngressProtoMapper.toDomain(proto).newName()).isEmpty();
  }

  @Test
  void renameOfAnIngressNamedByNameCannotBeSentOverTheWire() {
    var request =
        new UpdateIngressRequest(
            new IngressRef.ByName("public"),
            RULES,
            Optional.empty(),
            Map.of(),
            Optional.of("public-v2"));

    assertInvalid(() -> IngressProtoMapper.toProto(request))
        .hasMessageContaining("only when named by id");
  }

  @Test
  void getAndDeleteRequestsCarryTheRef() {
    assertThat(IngressProtoMapper.toGetRequest(new IngressRef.ByName("public")).getName())
        .isEqualTo("public");
    assertThat(IngressProtoMapper.toDeleteRequest(new IngressRef.ById(IngressId.of("i-9"))).getId())
        .isEqualTo("i-9");
  }

  @Test
  void emptyPathTypeIsPrefix() {
    var rule =
        IngressRule.newBuilder()
            .setHost("a.example.com")
            .addPaths(
                IngressPath.newBuilder()
                    .setPath("/")
                    .setBackend(IngressBackend.newBuilder().setServiceName("web").setPort(80)))
            .build();

    assertThat(IngressProtoMapper.toDomain(rule).paths().get(0).pathType())
        .isEqualTo(PathType.PREFIX);
  }

  @Test
  void badValuesAreRejectedNamingTheField() {
    var unknownType =
        dev.warren.adapters.grpc.proto.CreateIngressRequest.newBuilder()
            .setName("public")
            .addRules(
                IngressRule.newBuilder()
                    .addPaths(
                        IngressPath.newBuilder()
                            .setPath("/")
                            .setPathType("Regex")
                            .setBackend(
                                IngressBackend.newBuilder().setServiceName("web").setPort(80))))
            .build();
    var noBackend =
        dev.warren.adapters.grpc.proto.CreateIngressRequest.newBuilder()
            .setName("public")
            .addRules(IngressRule.newBuilder().addPaths(IngressPath.newBuilder().setPath("/")))
            .build();
    var badHost =
        dev.warren.adapters.grpc.proto.CreateIngressRequest.newBuilder()
            .setName("public")
            .addRules(IngressRule.newBuilder().setHost("not a host"))
            .build();

    assertInvalid(() -> IngressProtoMapper.toDomain(unknownType))
        .hasMessage("ingress path type 'Regex' is not one of: Prefix, Exact");
    assertInvalid(() -> IngressProtoMapper.toDomain(noBackend))
        .hasMessage("ingress backend service name is required");
    assertInvalid(() -> IngressProtoMapper.toDomain(badHost))
        .hasMessageContaining("ingress host 'not a host' is invalid");
    assertInvalid(
            () ->
                IngressProtoMapper.toDomain(
                    dev.warren.adapters.grpc.proto.UpdateIngressRequest.getDefaultInstance()))
        .hasMessage("ingress id or name is required");
  }
}
