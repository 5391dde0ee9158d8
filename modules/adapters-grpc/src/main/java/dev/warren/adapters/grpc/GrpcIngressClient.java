package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.IngressProtoMapper;
import dev.warren.adapters.grpc.mapping.TlsCertificateProtoMapper;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.IngressClient;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.TlsCertificateClient;
import dev.warren.domain.port.in.UpdateIngressRequest;
import java.util.List;

/**
 * The ingress and TLS certificate use cases served by a remote manager; obtained from {@link
 * GrpcWarrenClient#ingresses()}, sharing its connection and deadline. Reads are always linearizable
 * (warren.v1 cannot ask for less). Every call throws the manager's domain exception. Thread-safe.
 */
public final class GrpcIngressClient implements IngressClient, TlsCertificateClient {
  private final StubCaller calls;

  GrpcIngressClient(StubCaller calls) {
    this.calls = calls;
  }

  @Override
  public Ingress create(CreateIngressRequest request) {
    var response = calls.call(stub -> stub.createIngress(IngressProtoMapper.toProto(request)));
    return IngressProtoMapper.toDomain(response.getIngress());
  }

  @Override
  public Ingress update(UpdateIngressRequest request) {
    var response = calls.call(stub -> stub.updateIngress(IngressProtoMapper.toProto(request)));
    return IngressProtoMapper.toDomain(response.getIngress());
  }

  @Override
  public void delete(DeleteIngressRequest request) {
    calls.call(stub -> stub.deleteIngress(IngressProtoMapper.toDeleteRequest(request.ingress())));
  }

  @Override
  public Ingress get(GetIngressRequest request) {
    var response =
        calls.call(stub -> stub.getIngress(IngressProtoMapper.toGetRequest(request.ingress())));
    return IngressProtoMapper.toDomain(response.getIngress());
  }

  @Override
  public List<Ingress> list(ListIngressesRequest request) {
    var response =
        calls.call(
            stub ->
                stub.listIngresses(
                    dev.warren.adapters.grpc.proto.ListIngressesRequest.getDefaultInstance()));
    return response.getIngressesList().stream().map(IngressProtoMapper::toDomain).toList();
  }

  @Override
  public TlsCertificateInfo create(CreateTlsCertificateRequest request) {
    var response =
        calls.call(stub -> stub.createTLSCertificate(TlsCertificateProtoMapper.toProto(request)));
    return TlsCertificateProtoMapper.toDomain(response.getCertificate());
  }

  @Override
  public TlsCertificateInfo get(GetTlsCertificateRequest request) {
    var response =
        calls.call(
            stub ->
                stub.getTLSCertificate(
                    TlsCertificateProtoMapper.toGetRequest(request.certificate())));
    return TlsCertificateProtoMapper.toDomain(response.getCertificate());
  }

  @Override
  public List<TlsCertificateInfo> list(ListTlsCertificatesRequest request) {
    var response =
        calls.call(
            stub ->
                stub.listTLSCertificates(
                    dev.warren.adapters.grpc.proto.ListTLSCertificatesRequest
                        .getDefaultInstance()));
    return response.getCertificatesList().stream()
        .map(TlsCertificateProtoMapper::toDomain)
        .toList();
  }

  @Override
  public void delete(DeleteTlsCertificateRequest request) {
    calls.call(
        stub ->
            stub.deleteTLSCertificate(
                TlsCertificateProtoMapper.toDeleteRequest(request.certificate())));
  }
}
