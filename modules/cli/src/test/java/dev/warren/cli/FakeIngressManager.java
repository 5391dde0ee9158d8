package dev.warren.cli;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
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
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ingress, certificate and join token side of {@link FakeManager}; records requests. */
public final class FakeIngressManager implements IngressClient, TlsCertificateClient {
  public static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");

  private final InstantSource clock;
  private final Map<String, Ingress> ingresses = new ConcurrentHashMap<>();
  private final Map<String, TlsCertificateInfo> certificates = new ConcurrentHashMap<>();
  private final List<Object> requests = new ArrayList<>();

  FakeIngressManager(InstantSource clock) {
    this.clock = clock;
  }

  public synchronized List<Object> requests() {
    return List.copyOf(requests);
  }

  public Ingress ingress(String name) {
    return ingresses.get(name);
  }

  @Override
  public synchronized Ingress create(CreateIngressRequest request) {
    requests.add(request);
    if (ingresses.containsKey(request.name())) {
      throw new AlreadyExistsException("ingress already exists: " + request.name());
    }
    var ingress = request.ingress(IngressId.random(), clock.instant());
    ingresses.put(ingress.name(), ingress);
    return ingress;
  }

  @Override
  public synchronized Ingress update(UpdateIngressRequest request) {
    requests.add(request);
    Ingress current = find(request.ingress());
    var updated = request.appliedTo(current, clock.instant());
    ingresses.put(updated.name(), updated);
    return updated;
  }

  @Override
  public synchronized void delete(DeleteIngressRequest request) {
    requests.add(request);
    ingresses.remove(find(request.ingress()).name());
  }

  @Override
  public synchronized Ingress get(GetIngressRequest request) {
    return find(request.ingress());
  }

  @Override
  public synchronized List<Ingress> list(ListIngressesRequest request) {
    return ingresses.values().stream().sorted(Comparator.comparing(Ingress::name)).toList();
  }

  @Override
  public synchronized TlsCertificateInfo create(CreateTlsCertificateRequest request) {
    requests.add(request);
    if (certificates.containsKey(request.name())) {
      throw new AlreadyExistsException("TLS certificate already exists: " + request.name());
    }
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
    certificates.put(certificate.name(), certificate);
    return certificate;
  }

  @Override
  public synchronized TlsCertificateInfo get(GetTlsCertificateRequest request) {
    return find(request.certificate());
  }

  @Override
  public synchronized List<TlsCertificateInfo> list(ListTlsCertificatesRequest request) {
    return certificates.values().stream()
        .sorted(Comparator.comparing(TlsCertificateInfo::name))
        .toList();
  }

  @Override
  public synchronized void delete(DeleteTlsCertificateRequest request) {
    requests.add(request);
    certificates.remove(find(request.certificate()).name());
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
      case IngressRef.ById byId ->
          ingresses.values().stream()
              .filter(ingress -> ingress.id().equals(byId.id()))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("ingress not found: " + byId.id()));
      case IngressRef.ByName byName -> {
        Ingress found = ingresses.get(byName.name());
        if (found == null) {
          throw new NotFoundException("ingress not found: " + byName.name());
        }
        yield found;
      }
    };
  }

  private TlsCertificateInfo find(CertificateRef ref) {
    return switch (ref) {
      case CertificateRef.ById byId ->
          certificates.values().stream()
              .filter(certificate -> certificate.id().equals(byId.id()))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("TLS certificate not found: " + byId.id()));
      case CertificateRef.ByName byName -> {
        TlsCertificateInfo found = certificates.get(byName.name());
        if (found == null) {
          throw new NotFoundException("TLS certificate not found: " + byName.name());
        }
        yield found;
      }
    };
  }
}
