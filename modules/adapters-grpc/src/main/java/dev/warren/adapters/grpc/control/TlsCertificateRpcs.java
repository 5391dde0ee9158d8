package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateTLSCertificateMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteTLSCertificateMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetTLSCertificateMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListTLSCertificatesMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.CallerContext;
import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.TlsCertificateProtoMapper;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.GetTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.GetTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesRequest;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesResponse;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import java.util.List;

/**
 * The TLS certificate RPCs. Only GetTLSCertificate may carry {@code key_pem}, when the use case
 * found the caller (from the call's context) to be a manager; reading one is for administrators.
 */
public record TlsCertificateRpcs(TlsCertificateUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        write(getCreateTLSCertificateMethod(), administrators(), this::create),
        read(getGetTLSCertificateMethod(), administrators(), this::get),
        read(getListTLSCertificatesMethod(), anyMember(), this::list),
        write(getDeleteTLSCertificateMethod(), administrators(), this::delete));
  }

  private CreateTLSCertificateResponse create(CreateTLSCertificateRequest request) {
    var created = useCases.create().create(TlsCertificateProtoMapper.toDomain(request));
    return CreateTLSCertificateResponse.newBuilder()
        .setCertificate(TlsCertificateProtoMapper.toProto(created))
        .build();
  }

  private GetTLSCertificateResponse get(GetTLSCertificateRequest request) {
    var ref = CertificateRef.of(request.getId(), request.getName());
    var found =
        useCases
            .read()
            .read(
                CallerContext.current(),
                new GetTlsCertificateRequest(ref, ReadConsistencyInterceptor.current()));
    return GetTLSCertificateResponse.newBuilder()
        .setCertificate(TlsCertificateProtoMapper.toProto(found))
        .build();
  }

  private ListTLSCertificatesResponse list(ListTLSCertificatesRequest request) {
    var certificates =
        useCases.list().list(new ListTlsCertificatesRequest(ReadConsistencyInterceptor.current()));
    return ListTLSCertificatesResponse.newBuilder()
        .addAllCertificates(certificates.stream().map(TlsCertificateProtoMapper::toProto).toList())
        .build();
  }

  private DeleteTLSCertificateResponse delete(DeleteTLSCertificateRequest request) {
    var ref = CertificateRef.of(request.getId(), request.getName());
    useCases.delete().delete(new DeleteTlsCertificateRequest(ref));
    return DeleteTLSCertificateResponse.newBuilder().setStatus(Statuses.DELETED).build();
  }
}
