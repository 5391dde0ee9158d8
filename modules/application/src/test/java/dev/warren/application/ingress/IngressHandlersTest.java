package dev.warren.application.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.CertificateChange.CertificateCreated;
import dev.warren.domain.change.CertificateChange.CertificateDeleted;
import dev.warren.domain.change.IngressChange.IngressCreated;
import dev.warren.domain.change.IngressChange.IngressDeleted;
import dev.warren.domain.change.IngressChange.IngressUpdated;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateIngressRequest;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.SampleEntities;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngressHandlersTest {
  private static final List<IngressRule> RULES =
      List.of(
          new IngressRule(
              "api.example.com",
              List.of(
                  new IngressPath("/v1", PathType.PREFIX, new IngressBackend("api", 8080)),
                  new IngressPath("/health", PathType.EXACT, new IngressBackend("api", 8081)))),
          new IngressRule(
              "", List.of(new IngressPath("/", PathType.PREFIX, new IngressBackend("web", 80)))));
  private static final IngressTls TLS =
      new IngressTls(true, "www-cert", List.of("api.example.com"), false, "");

  private final Fixture fixture = new Fixture();
  private final CreateIngressHandler create =
      new CreateIngressHandler(fixture.state, fixture.log, fixture.clock);
  private final UpdateIngressHandler update =
      new UpdateIngressHandler(fixture.state, fixture.log, fixture.clock);
  private final DeleteIngressHandler delete = new DeleteIngressHandler(fixture.state, fixture.log);
  private final GetIngressHandler get =
      new GetIngressHandler(new StateQueries(fixture.state, fixture.log));
  private final ListIngressesHandler list =
      new ListIngressesHandler(new StateQueries(fixture.state, fixture.log));

  /** A stored certificate for example.com and *.example.com, named www-cert. */
  private void storeCertificate() {
    var sample = SampleEntities.certificate("cert-1", "www-cert");
    var certificate =
        new dev.warren.domain.model.certificate.TlsCertificate(
            CertificateId.of("cert-1"),
            "www-cert",
            List.of("example.com", "*.example.com"),
            sample.certPem(),
            sample.sealedKeyPem(),
            sample.issuer(),
            sample.notBefore(),
            sample.notAfter(),
            false,
            Map.of(),
            sample.createdAt(),
            sample.updatedAt());
    fixture.log.propose(new CertificateCreated(certificate)).join();
  }

  private Ingress createPublic(Optional<IngressTls> tls) {
    return create.create(new CreateIngressRequest("public", RULES, tls, Map.of("tier", "edge")));
  }

  private Ingress read(IngressRef ref) {
    return get.get(new GetIngressRequest(ref, ReadConsistency.LINEARIZABLE));
  }

  @Test
  void createdIngressIsReadableByIdAndByNameWithEveryField() {
    storeCertificate();

    Ingress created = createPublic(Optional.of(TLS));

    assertThat(created.rules()).isEqualTo(RULES);
    assertThat(created.tls()).contains(TLS);
    assertThat(created.labels()).containsExactly(Map.entry("tier", "edge"));
    assertThat(created.createdAt()).isEqualTo(Fixture.T0).isEqualTo(created.updatedAt());
    assertThat(read(new IngressRef.ById(created.id()))).isEqualTo(created);
    assertThat(read(new IngressRef.ByName("public"))).isEqualTo(created);
    assertThat(fixture.log.proposed()).last().isInstanceOf(IngressCreated.class);
  }

  @Test
  void backendsMayNameServicesThatDoNotExistYet() {
    Ingress created = createPublic(Optional.empty());

    long services = fixture.state.read(r -> r.count(EntityKind.SERVICE));
    assertThat(services).isZero();
    assertThat(created.rules()).isEqualTo(RULES);
  }

  @Test
  void duplicateNameIsRejectedWithoutProposing() {
    createPublic(Optional.empty());

    assertThatThrownBy(() -> createPublic(Optional.empty()))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("ingress already exists: public");
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void tlsNamingAMissingCertificateIsNotFoundAndWritesNothing() {
    assertThatThrownBy(() -> createPublic(Optional.of(TLS)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("TLS certificate not found: www-cert");
    assertThat(fixture.log.proposed()).isEmpty();
  }

  @Test
  void tlsHostOutsideTheCertificateIsRejected() {
    storeCertificate();
    var tls = new IngressTls(true, "www-cert", List.of("a.b.example.com"), false, "");

    assertThatThrownBy(() -> createPublic(Optional.of(tls)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining(
            "ingress tls host 'a.b.example.com' is not covered by TLS certificate")
        .hasMessageContaining("www-cert");
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void applyRejectsACreateWhoseCertificateVanishedMeanwhile() {
    Ingress ingress =
        new Ingress(
            IngressId.of("ing-1"),
            "public",
            RULES,
            Optional.of(TLS),
            Map.of(),
            Fixture.T0,
            Fixture.T0);

    assertThatThrownBy(() -> fixture.log.propose(new IngressCreated(ingress)).join())
        .hasCauseInstanceOf(NotFoundException.class);
    long ingresses = fixture.state.read(r -> r.count(EntityKind.INGRESS));
    assertThat(ingresses).isZero();
  }

  @Test
  void updateByNameReplacesRulesTlsAndLabelsKeepingIdentity() {
    storeCertificate();
    Ingress created = createPublic(Optional.empty());
    fixture.clock.advance(Duration.ofMinutes(5));
    var rules =
        List.of(
            new IngressRule(
                "*.example.com",
                List.of(new IngressPath("/", PathType.EXACT, new IngressBackend("web", 8443)))));

    Ingress updated =
        update.update(
            new UpdateIngressRequest(
                new IngressRef.ByName("public"), rules, Optional.of(TLS), Map.of()));

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.name()).isEqualTo("public");
    assertThat(updated.rules()).isEqualTo(rules);
    assertThat(updated.tls()).contains(TLS);
    assertThat(updated.labels()).isEmpty();
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.updatedAt()).isEqualTo(Fixture.T0.plus(Duration.ofMinutes(5)));
    assertThat(read(new IngressRef.ById(created.id()))).isEqualTo(updated);
    assertThat(fixture.log.proposed()).last().isInstanceOf(IngressUpdated.class);
  }

  @Test
  void updateThatChangesNothingWritesNothing() {
    Ingress created = createPublic(Optional.empty());

    Ingress same =
        update.update(
            new UpdateIngressRequest(
                new IngressRef.ById(created.id()),
                RULES,
                Optional.empty(),
                Map.of("tier", "edge")));

    assertThat(same).isEqualTo(created);
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void updateOfAMissingIngressIsNotFound() {
    assertThatThrownBy(
            () ->
                update.update(
                    new UpdateIngressRequest(
                        new IngressRef.ByName("nope"), RULES, Optional.empty(), Map.of())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("ingress not found: nope");
  }

  @Test
  void updateWithANewNameRenamesTheIngressKeepingItsId() {
    Ingress created = createPublic(Optional.empty());
    fixture.clock.advance(Duration.ofMinutes(1));

    Ingress renamed =
        update.update(
            new UpdateIngressRequest(
                new IngressRef.ById(created.id()),
                RULES,
                Optional.empty(),
                Map.of("tier", "edge"),
                Optional.of("public-v2")));

    assertThat(renamed.id()).isEqualTo(created.id());
    assertThat(renamed.name()).isEqualTo("public-v2");
    assertThat(renamed.createdAt()).isEqualTo(created.createdAt());
    assertThat(read(new IngressRef.ByName("public-v2"))).isEqualTo(renamed);
    assertThatThrownBy(() -> read(new IngressRef.ByName("public")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void renameToANameAnotherIngressHasIsAlreadyExistsAndWritesNothing() {
    Ingress created = createPublic(Optional.empty());
    create.create(new CreateIngressRequest("internal", RULES, Optional.empty(), Map.of()));

    assertThatThrownBy(
            () ->
                update.update(
                    new UpdateIngressRequest(
                        new IngressRef.ById(created.id()),
                        RULES,
                        Optional.empty(),
                        Map.of(),
                        Optional.of("internal"))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("cannot be renamed to internal");
    assertThat(fixture.log.proposed()).hasSize(2);
    assertThat(read(new IngressRef.ById(created.id()))).isEqualTo(created);
  }

  @Test
  void renameCommittedAfterTheNameWasTakenIsRejectedWhenApplied() {
    Ingress created = createPublic(Optional.empty());
    Ingress other =
        create.create(new CreateIngressRequest("internal", RULES, Optional.empty(), Map.of()));
    var stale =
        new Ingress(
            created.id(),
            other.name(),
            created.rules(),
            created.tls(),
            created.labels(),
            created.createdAt(),
            created.updatedAt());

    assertThat(fixture.log.propose(new IngressUpdated(stale)))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(read(new IngressRef.ById(created.id())).name()).isEqualTo("public");
  }

  @Test
  void deleteByNameRemovesItAndASecondDeleteIsNotFound() {
    createPublic(Optional.empty());

    delete.delete(new DeleteIngressRequest(new IngressRef.ByName("public")));

    assertThat(list.list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE))).isEmpty();
    assertThat(fixture.log.proposed()).last().isInstanceOf(IngressDeleted.class);
    assertThatThrownBy(
            () -> delete.delete(new DeleteIngressRequest(new IngressRef.ByName("public"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listIsOrderedByName() {
    create.create(new CreateIngressRequest("zeta", List.of(), Optional.empty(), Map.of()));
    create.create(new CreateIngressRequest("alpha", List.of(), Optional.empty(), Map.of()));

    assertThat(list.list(new ListIngressesRequest(ReadConsistency.LOCAL)))
        .extracting(Ingress::name)
        .containsExactly("alpha", "zeta");
  }

  @Test
  void certificateInUseByAnIngressCannotBeDeletedAtApply() {
    storeCertificate();
    createPublic(Optional.of(TLS));

    assertThatThrownBy(
            () -> fixture.log.propose(new CertificateDeleted(CertificateId.of("cert-1"))).join())
        .hasCauseInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("TLS certificate www-cert is in use by ingress public");
  }
}
