package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateTLSCertificateMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteTLSCertificateMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetTLSCertificateMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListTLSCertificatesMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.CallerContext;
import dev.warren.adapters.grpc.mapping.TlsCertificateProtoMapper;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.GetTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesResponse;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import java.util.List;

/**
 * The TLS certificate RPCs. Only GetTLSCertificate may carry {@code key_pem}, when the use case
 * found the caller (from the call's context) to be a manager.
 */
public final class TlsCertificateRpcs {
  private TlsCertificateRpcs() {}

  public static List<ServerRpc<?, ?>> declare(TlsCertificateUseCases useCases) {
    return List.of(
        ServerRpc.write(
            getCreateTLSCertificateMethod(),
            administrators(),
            request -> {
              var created = useCases.create().create(TlsCertificateProtoMapper.toDomain(request));
              return CreateTLSCertificateResponse.newBuilder()
                  .setCertificate(TlsCertificateProtoMapper.toProto(created))
                  .build();
            }),
        ServerRpc.read(
            getGetTLSCertificateMethod(),
            administrators(),
            request -> {
              var found =
                  useCases
                      .read()
                      .read(
                          CallerContext.current(),
                          new GetTlsCertificateRequest(
                              CertificateRef.of(request.getId(), request.getName()),
                              ReadConsistency.LINEARIZABLE));
              return GetTLSCertificateResponse.newBuilder()
                  .setCertificate(TlsCertificateProtoMapper.toProto(found))
                  .build();
            }),
        ServerRpc.read(
            getListTLSCertificatesMethod(),
            anyMember(),
            request -> {
              var certificates =
                  useCases.list().list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE));
              return ListTLSCertificatesResponse.newBuilder()
                  .addAllCertificates(
                      certificates.stream().map(TlsCertificateProtoMapper::toProto).toList())
                  .build();
            }),
        ServerRpc.write(
            getDeleteTLSCertificateMethod(),
            administrators(),
            request -> {
              useCases
                  .delete()
                  .delete(
                      new DeleteTlsCertificateRequest(
                          CertificateRef.of(request.getId(), request.getName())));
              return DeleteTLSCertificateResponse.newBuilder()
                  .setStatus(Statuses.DELETED)
                  .build();
            }));
  }
}
