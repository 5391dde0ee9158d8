package dev.warren.adapters.grpc;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.CreateIngressUseCase;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.CreateTlsCertificateUseCase;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.DeleteIngressUseCase;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.GetIngressUseCase;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.in.ReadTlsCertificateUseCase;
import dev.warren.domain.port.in.TlsCertificateReading;
import dev.warren.domain.port.in.UpdateIngressRequest;
import dev.warren.domain.port.in.UpdateIngressUseCase;
import dev.warren.testkit.FakeEntities;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Ingress, TLS certificate and join token use cases over maps, with the rules the adapter must
 * translate (unique names, not found, in use). Records the requests it receives.
 */
final class FakeIngressUseCases
    implements CreateIngressUseCase,
        UpdateIngressUseCase,
        DeleteIngressUseCase,
        GetIngressUseCase,
        ListIngressesUseCase,
        CreateTlsCertificateUseCase,
        ReadTlsCertificateUseCase,
        ListTlsCertificatesUseCase,
        DeleteTlsCertificateUseCase,
        GenerateJoinTokenUseCase {
  static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
  static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");

  private final FakeEntities<Ingress> ingresses =
      new FakeEntities<>("ingress", Ingress::name, Ingress::id);
  private final FakeEntities<TlsCertificateInfo> certificates =
      new FakeEntities<>("TLS certificate", TlsCertificateInfo::name, TlsCertificateInfo::id);
  private final Map<String, dev.warren.domain.model.shared.Bytes> keys = new ConcurrentHashMap<>();
  final List<Object> requests = new CopyOnWriteArrayList<>();

  @Override
  public Ingress create(CreateIngressRequest request) {
    requests.add(request);
    ingresses.checkFree(request.name());
    return ingresses.put(request.ingress(IngressId.random(), NOW));
  }

  @Override
  public Ingress update(UpdateIngressRequest request) {
    requests.add(request);
    Ingress current = find(request.ingress());
    return ingresses.put(request.appliedTo(current, NOW.plusSeconds(60)));
  }

  @Override
  public void delete(DeleteIngressRequest request) {
    requests.add(request);
    ingresses.remove(find(request.ingress()));
  }

  @Override
  public Ingress get(GetIngressRequest request) {
    requests.add(request);
    return find(request.ingress());
  }

  @Override
  public List<Ingress> list(ListIngressesRequest request) {
    requests.add(request);
    return ingresses.sorted();
  }

  @Override
  public TlsCertificateInfo create(CreateTlsCertificateRequest request) {
    requests.add(request);
    certificates.checkFree(request.name());
    var certificate =
        certificates.put(
            new TlsCertificateInfo(
                CertificateId.random(),
                request.name(),
                request.hosts(),
                request.certPem(),
                "Test CA",
                NOT_BEFORE,
                NOT_AFTER,
                false,
                request.labels(),
                NOW,
                NOW));
    keys.put(certificate.name(), request.keyPem());
    return certificate;
  }

  /** The key PEM goes to managers only, as the real rule says. */
  @Override
  public TlsCertificateReading read(Caller caller, GetTlsCertificateRequest request) {
    requests.add(request);
    TlsCertificateInfo found = find(request.certificate());
    return new TlsCertificateReading(
        found,
        caller.isManager()
            ? java.util.Optional.of(keys.get(found.name()))
            : java.util.Optional.empty());
  }

  @Override
  public List<TlsCertificateInfo> list(ListTlsCertificatesRequest request) {
    requests.add(request);
    return certificates.sorted();
  }

  @Override
  public void delete(DeleteTlsCertificateRequest request) {
    requests.add(request);
    TlsCertificateInfo certificate = find(request.certificate());
    boolean used =
        ingresses.sorted().stream()
            .anyMatch(
                ingress ->
                    ingress
                        .tls()
                        .flatMap(tls -> tls.certificateName())
                        .filter(certificate.name()::equals)
                        .isPresent());
    if (used) {
      throw new FailedPreconditionException("TLS certificate " + certificate.name() + " is in use");
    }
    certificates.remove(certificate);
  }

  @Override
  public GenerateJoinTokenResult generate(GenerateJoinTokenRequest request) {
    requests.add(request);
    return new GenerateJoinTokenResult(
        "WRN-1-" + "ab".repeat(32) + "-" + request.role().wireName() + "secret",
        request.role(),
        NOW.plusSeconds(86_400));
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
