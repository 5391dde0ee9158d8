package dev.warren.application.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.ingress.CreateIngressHandler;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.CertificateChange.CertificateCreated;
import dev.warren.domain.change.CertificateChange.CertificateDeleted;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.InspectedCertificate;
import dev.warren.testkit.InMemoryCertificateInspectorAdapter;
import dev.warren.testkit.InMemorySecretCipherAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsCertificateHandlersTest {
  private static final Bytes CERT = Bytes.of("cert pem".getBytes(StandardCharsets.US_ASCII));
  private static final Bytes KEY = Bytes.of("key pem".getBytes(StandardCharsets.US_ASCII));
  private static final Caller ADMIN = certified("alice", Role.ADMIN);
  private static final Caller MANAGER = certified("manager-1", Role.MANAGER);

  private static Caller certified(String name, Role role) {
    return new Caller.Certified(new Identity(name, ClusterId.of("cluster-1"), role));
  }

  private final Fixture fixture = new Fixture();
  private final InMemoryCertificateInspectorAdapter inspector =
      new InMemoryCertificateInspectorAdapter();
  private final InMemorySecretCipherAdapter cipher = new InMemorySecretCipherAdapter();
  private final CreateTlsCertificateHandler create =
      new CreateTlsCertificateHandler(fixture.state, fixture.log, fixture.clock, inspector, cipher);
  private final ReadTlsCertificateHandler get =
      new ReadTlsCertificateHandler(fixture.state, fixture.log, cipher);
  private final ListTlsCertificatesHandler list =
      new ListTlsCertificatesHandler(new StateQueries(fixture.state, fixture.log));
  private final DeleteTlsCertificateHandler delete =
      new DeleteTlsCertificateHandler(fixture.state, fixture.log);

  private TlsCertificateInfo createWww(List<String> hosts) {
    return create.create(
        new CreateTlsCertificateRequest("www", hosts, CERT, KEY, Map.of("owner", "web")));
  }

  private TlsCertificate stored(String name) {
    return fixture.state.read(r -> r.findByName(EntityKind.CERTIFICATE, name)).orElseThrow();
  }

  @Test
  void createFillsIssuerValidityAndHostsFromTheCertificate() {
    TlsCertificateInfo created = createWww(List.of());

    var example = InMemoryCertificateInspectorAdapter.EXAMPLE_COM;
    assertThat(created.name()).isEqualTo("www");
    assertThat(created.hosts()).containsExactly("example.com", "*.example.com");
    assertThat(created.certPem()).isEqualTo(CERT);
    assertThat(created.issuer()).isEqualTo("Test CA");
    assertThat(created.notBefore()).isEqualTo(example.notBefore());
    assertThat(created.notAfter()).isEqualTo(example.notAfter());
    assertThat(created.autoRenew()).isFalse();
    assertThat(created.labels()).containsExactly(Map.entry("owner", "web"));
    assertThat(created.createdAt()).isEqualTo(Fixture.T0).isEqualTo(created.updatedAt());
    assertThat(fixture.log.proposed()).singleElement().isInstanceOf(CertificateCreated.class);
  }

  @Test
  void privateKeyIsStoredOnlySealed() {
    createWww(List.of());

    TlsCertificate stored = stored("www");
    assertThat(stored.sealedKeyPem().keyId()).isEqualTo(InMemorySecretCipherAdapter.KEY_ID);
    assertThat(stored.sealedKeyPem().ciphertext()).isNotEqualTo(KEY);
    assertThat(cipher.open(stored.sealedKeyPem())).isEqualTo(KEY);
  }

  @Test
  void requestedHostsMustBeCoveredByTheCertificatesNames() {
    TlsCertificateInfo created = createWww(List.of("api.example.com", "*.example.com"));
    assertThat(created.hosts()).containsExactly("api.example.com", "*.example.com");

    assertThatThrownBy(
            () ->
                create.create(
                    new CreateTlsCertificateRequest(
                        "other", List.of("a.b.example.com"), CERT, KEY, Map.of())))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "certificate host 'a.b.example.com' is not covered by the certificate's DNS names:"
                + " example.com, *.example.com");
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void expiredCertificateIsRejected() {
    inspector.willAnswer(
        new InspectedCertificate(
            List.of("example.com"), "Old CA", Instant.parse("2020-01-01T00:00:00Z"), Fixture.T0));

    assertThatThrownBy(() -> createWww(List.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("certificate pem has expired (not after " + Fixture.T0 + ")");
    assertThat(fixture.log.proposed()).isEmpty();
  }

  @Test
  void certificateWithoutDnsNamesIsRejected() {
    inspector.willAnswer(
        new InspectedCertificate(
            List.of(), "CA", Fixture.T0.minusSeconds(60), Fixture.T0.plusSeconds(3600)));

    assertThatThrownBy(() -> createWww(List.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("names no DNS hosts");
  }

  @Test
  void inspectorRejectionPassesThroughAndWritesNothing() {
    inspector.willReject("certificate key pem does not match the certificate's public key");

    assertThatThrownBy(() -> createWww(List.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate key pem does not match the certificate's public key");
    assertThat(fixture.log.proposed()).isEmpty();
  }

  @Test
  void duplicateNameIsRejectedBeforeParsing() {
    createWww(List.of());

    assertThatThrownBy(() -> createWww(List.of()))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("TLS certificate already exists: www");
    assertThat(inspector.inspections()).isEqualTo(1);
  }

  @Test
  void getAndListNeverCarryTheKey() {
    TlsCertificateInfo created = createWww(List.of());
    createWww2();

    assertThat(
            get.read(
                    ADMIN,
                    new GetTlsCertificateRequest(
                        new CertificateRef.ByName("www"), ReadConsistency.LINEARIZABLE))
                .certificate())
        .isEqualTo(created);
    assertThat(
            get.read(
                    ADMIN,
                    new GetTlsCertificateRequest(
                        new CertificateRef.ById(created.id()), ReadConsistency.LOCAL))
                .certificate())
        .isEqualTo(created);
    assertThat(list.list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE)))
        .extracting(TlsCertificateInfo::name)
        .containsExactly("api", "www");
    assertThat(TlsCertificateInfo.class.getRecordComponents())
        .noneMatch(component -> component.getName().toLowerCase().contains("key"));
  }

  @Test
  void theKeyGoesOnlyToManagersOpenedFromItsSealedForm() {
    createWww(List.of());
    var request =
        new GetTlsCertificateRequest(new CertificateRef.ByName("www"), ReadConsistency.LOCAL);

    assertThat(get.read(MANAGER, request).keyPem()).contains(KEY);
    assertThat(get.read(ADMIN, request).keyPem()).isEmpty();
    assertThat(get.read(certified("node-a", Role.WORKER), request).keyPem()).isEmpty();
    assertThat(get.read(new Caller.LocalReader(), request).keyPem()).isEmpty();
  }

  private void createWww2() {
    create.create(new CreateTlsCertificateRequest("api", List.of(), CERT, KEY, Map.of()));
  }

  @Test
  void getOfAMissingCertificateIsNotFound() {
    assertThatThrownBy(
            () ->
                get.read(
                    ADMIN,
                    new GetTlsCertificateRequest(
                        new CertificateRef.ByName("nope"), ReadConsistency.LINEARIZABLE)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("TLS certificate not found: nope");
  }

  @Test
  void deleteRemovesAnUnusedCertificate() {
    createWww(List.of());

    delete.delete(new DeleteTlsCertificateRequest(new CertificateRef.ByName("www")));

    assertThat(list.list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE))).isEmpty();
    assertThat(fixture.log.proposed()).last().isInstanceOf(CertificateDeleted.class);
  }

  @Test
  void deleteIsRefusedWhileAnIngressUsesTheCertificate() {
    createWww(List.of());
    new CreateIngressHandler(fixture.state, fixture.log, fixture.clock)
        .create(
            new CreateIngressRequest(
                "public",
                List.of(),
                Optional.of(new IngressTls(true, "www", List.of(), false, "")),
                Map.of()));

    assertThatThrownBy(
            () -> delete.delete(new DeleteTlsCertificateRequest(new CertificateRef.ByName("www"))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("TLS certificate www is in use by ingress public; remove it from them first");
    assertThat(fixture.log.proposed()).hasSize(2);
  }
}
