package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateIngressRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrpcIngressClientTest extends LoopbackServerTest {
  private static final List<IngressRule> RULES =
      List.of(
          new IngressRule(
              "*.example.com",
              List.of(new IngressPath("/", PathType.EXACT, new IngressBackend("web", 80)))));
  private static final Bytes CERT = Bytes.of("cert".getBytes(StandardCharsets.US_ASCII));
  private static final Bytes KEY = Bytes.of("key".getBytes(StandardCharsets.US_ASCII));

  @Test
  void ingressRoundTripsThroughCreateGetListUpdateAndDelete() {
    var tls = new IngressTls(true, "www", List.of("a.example.com"), false, "");
    var ingresses = client.ingresses();

    var created =
        ingresses.create(
            new CreateIngressRequest("public", RULES, Optional.of(tls), Map.of("a", "b")));
    var byName =
        ingresses.get(
            new GetIngressRequest(new IngressRef.ByName("public"), ReadConsistency.LOCAL));
    var byId =
        ingresses.get(
            new GetIngressRequest(new IngressRef.ById(created.id()), ReadConsistency.LINEARIZABLE));
    var updated =
        ingresses.update(
            new UpdateIngressRequest(
                new IngressRef.ById(created.id()), List.of(), Optional.empty(), Map.of()));

    assertThat(created.rules()).isEqualTo(RULES);
    assertThat(created.tls()).contains(tls);
    assertThat(created.labels()).containsExactly(Map.entry("a", "b"));
    assertThat(created.createdAt()).isEqualTo(FakeIngressUseCases.NOW);
    assertThat(byName).isEqualTo(created);
    assertThat(byId).isEqualTo(created);
    assertThat(updated.rules()).isEmpty();
    assertThat(updated.tls()).isEmpty();
    assertThat(ingresses.list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE)))
        .containsExactly(updated);

    ingresses.delete(new DeleteIngressRequest(new IngressRef.ByName("public")));

    assertThat(ingresses.list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE))).isEmpty();
    assertThatThrownBy(
            () -> ingresses.delete(new DeleteIngressRequest(new IngressRef.ByName("public"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("ingress not found: public");
  }

  @Test
  void deleteIngressAnswersWarrensStatus() {
    client
        .ingresses()
        .create(new CreateIngressRequest("public", RULES, Optional.empty(), Map.of()));
    var response =
        api.deleteIngress(
            dev.warren.adapters.grpc.proto.DeleteIngressRequest.newBuilder()
                .setName("public")
                .build());
    assertThat(response.getStatus()).isEqualTo("deleted");
  }

  @Test
  void duplicateIngressIsAlreadyExists() {
    var request = new CreateIngressRequest("public", RULES, Optional.empty(), Map.of());
    client.ingresses().create(request);

    assertThatThrownBy(() -> client.ingresses().create(request))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("ingress already exists: public");
  }

  @Test
  void certificateRoundTripsWithoutItsKey() {
    var certificates = client.certificates();

    var created =
        certificates.create(
            new CreateTlsCertificateRequest(
                "www", List.of("example.com"), CERT, KEY, Map.of("team", "web")));

    assertThat(created.certPem()).isEqualTo(CERT);
    assertThat(created.hosts()).containsExactly("example.com");
    assertThat(created.issuer()).isEqualTo("Test CA");
    assertThat(created.notAfter()).isEqualTo(FakeIngressUseCases.NOT_AFTER);
    assertThat(useCases.ingress.requests)
        .contains(
            new CreateTlsCertificateRequest(
                "www", List.of("example.com"), CERT, KEY, Map.of("team", "web")));
    assertThat(
            certificates.get(
                new GetTlsCertificateRequest(
                    new CertificateRef.ById(created.id()), ReadConsistency.LINEARIZABLE)))
        .isEqualTo(created);
    assertThat(certificates.list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE)))
        .containsExactly(created);
  }

  @Test
  void getAndListNeverSendAKeyPem() {
    client
        .certificates()
        .create(new CreateTlsCertificateRequest("www", List.of(), CERT, KEY, Map.of()));
    var got =
        api.getTLSCertificate(
            dev.warren.adapters.grpc.proto.GetTLSCertificateRequest.newBuilder()
                .setName("www")
                .build());
    var listed =
        api.listTLSCertificates(
            dev.warren.adapters.grpc.proto.ListTLSCertificatesRequest.getDefaultInstance());

    assertThat(got.getCertificate().getKeyPem().isEmpty()).isTrue();
    assertThat(listed.getCertificatesList())
        .singleElement()
        .satisfies(c -> assertThat(c.getKeyPem().isEmpty()).isTrue());
  }

  @Test
  void certificateInUseCannotBeDeleted() {
    client
        .certificates()
        .create(new CreateTlsCertificateRequest("www", List.of(), CERT, KEY, Map.of()));
    client
        .ingresses()
        .create(
            new CreateIngressRequest(
                "public",
                RULES,
                Optional.of(new IngressTls(true, "www", List.of(), false, "")),
                Map.of()));

    assertThatThrownBy(
            () ->
                client
                    .certificates()
                    .delete(new DeleteTlsCertificateRequest(new CertificateRef.ByName("www"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("TLS certificate www is in use");
  }

  @Test
  void joinTokenComesBackWithRoleAndExpiry() {
    var issued = client.joinTokens().generate(new GenerateJoinTokenRequest(Role.MANAGER));

    assertThat(issued.token()).isEqualTo("WRN-1-" + "ab".repeat(32) + "-managersecret");
    assertThat(issued.role()).isEqualTo(Role.MANAGER);
    assertThat(issued.expiresAt()).isEqualTo(FakeIngressUseCases.NOW.plusSeconds(86_400));
  }

  @Test
  void badRequestsAreInvalidArgumentBeforeReachingAUseCase() {

    assertRefused(
            () ->
                api.generateJoinToken(
                    dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest.newBuilder()
                        .setRole("hybrid")
                        .build()),
            Status.Code.INVALID_ARGUMENT)
        .isEqualTo("join token role 'hybrid' is not one of: manager, worker, admin");
    assertThatThrownBy(
            () ->
                api.getIngress(
                    dev.warren.adapters.grpc.proto.GetIngressRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    assertThat(useCases.ingress.requests).isEmpty();
  }

  @Test
  void adminTokensAndRotationReachTheUseCase() {
    var issued = client.joinTokens().generate(new GenerateJoinTokenRequest(Role.ADMIN, true));

    assertThat(issued.role()).isEqualTo(Role.ADMIN);
    assertThat(useCases.ingress.requests).contains(new GenerateJoinTokenRequest(Role.ADMIN, true));
  }
}
