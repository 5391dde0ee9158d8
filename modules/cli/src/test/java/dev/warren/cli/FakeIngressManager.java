package dev.warren.cli;

import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.IngressClient;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.TlsCertificateClient;
import dev.warren.domain.port.in.UpdateIngressRequest;
import dev.warren.testkit.FakeEntities;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** The ingress, certificate and join token side of {@link FakeManager}; records requests. */
public final class FakeIngressManager implements IngressClient, TlsCertificateClient {
  public static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");

  private final InstantSource clock;
  private final FakeEntities<Ingress> ingresses =
      new FakeEntities<>("ingress", Ingress::name, Ingress::id);
  private final FakeEntities<TlsCertificateInfo> certificates =
      new FakeEntities<>("TLS certificate", TlsCertificateInfo::name, TlsCertificateInfo::id);
  private final List<Object> requests = new ArrayList<>();

  FakeIngressManager(InstantSource clock) {
    this.clock = clock;
  }

  public synchronized List<Object> requests() {
    return List.copyOf(requests);
  }

  /** The ingress called {@code name}, or null. */
  public Ingress ingress(String name) {
    return ingresses.contains(name) ? ingresses.named(name) : null;
  }

  @Override
  public synchronized Ingress create(CreateIngressRequest request) {
    requests.add(request);
    ingresses.checkFree(request.name());
    return ingresses.put(request.ingress(IngressId.random(), clock.instant()));
  }

  @Override
  public synchronized Ingress update(UpdateIngressRequest request) {
    requests.add(request);
    Ingress current = find(request.ingress());
    return ingresses.put(request.appliedTo(current, clock.instant()));
  }

  @Override
  public synchronized void delete(DeleteIngressRequest request) {
    requests.add(request);
    ingresses.remove(find(request.ingress()));
  }

  @Override
  public synchronized Ingress get(GetIngressRequest request) {
    return find(request.ingress());
  }

  @Override
  public synchronized List<Ingress> list(ListIngressesRequest request) {
    return ingresses.sorted();
  }

  @Override
  public synchronized TlsCertificateInfo create(CreateTlsCertificateRequest request) {
    requests.add(request);
    certificates.checkFree(request.name());
    Instant now = clock.instant();
    var certificate =
        new TlsCertificateInfo(
            CertificateId.random(),
            request.name(),
            request.hosts().isEmpty() ? List.of("example.com") : request.hosts(),
            request.certPem(),
            "Test CA",
            now.minusSeconds(3600),
            NOT_AFTER,
            false,
            request.labels(),
            now,
            now);
    return certificates.put(certificate);
  }

  @Override
  public synchronized TlsCertificateInfo get(GetTlsCertificateRequest request) {
    return find(request.certificate());
  }

  @Override
  public synchronized List<TlsCertificateInfo> list(ListTlsCertificatesRequest request) {
    return certificates.sorted();
  }

  @Override
  public synchronized void delete(DeleteTlsCertificateRequest request) {
    requests.add(request);
    certificates.remove(find(request.certificate()));
  }

  public synchronized GenerateJoinTokenResult generate(GenerateJoinTokenRequest request) {
    requests.add(request);
    return new GenerateJoinTokenResult(
        "WRN-1-digest-" + request.role().wireName() + "secret",
        request.role(),
        clock.instant().plusSeconds(86_400));
  }

  private Ingress find(IngressRef ref) {
    return switch (ref) {
      case IngressRef.ById byId -> ingresses.withId(byId.id());
      case IngressRef.ByName byName -> ingresses.named(byName.name());
    };
  }

  private TlsCertificateInfo find(CertificateRef ref) {
    return switch (ref) {
      case CertificateRef.ById byId -> certificates.withId(byId.id());
      case CertificateRef.ByName byName -> certificates.named(byName.name());
    };
  }
}
