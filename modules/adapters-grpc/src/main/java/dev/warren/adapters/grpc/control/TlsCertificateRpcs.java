package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.TlsCertificateProtoMapper;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.GetTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.GetTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateTlsCertificateUseCase;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.adapters.grpc.interceptor.CallerContext;
import dev.warren.domain.port.in.ReadTlsCertificateUseCase;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.in.ReadConsistency;

/**
 * The four TLS certificate RPCs as plain calls. Only GetTLSCertificate may carry {@code key_pem},
 * when the use case found the caller (from the call's context) to be a manager.
 */
final class TlsCertificateRpcs {
  /** Warren answers DeleteTLSCertificate with this status string. */
  static final String DELETED_STATUS = "deleted";

  private final CreateTlsCertificateUseCase create;
  private final ReadTlsCertificateUseCase get;
  private final ListTlsCertificatesUseCase list;
  private final DeleteTlsCertificateUseCase delete;

  TlsCertificateRpcs(
      CreateTlsCertificateUseCase create,
      ReadTlsCertificateUseCase get,
      ListTlsCertificatesUseCase list,
      DeleteTlsCertificateUseCase delete) {
    this.create = Checks.notNull("create TLS certificate use case", create);
    this.get = Checks.notNull("get TLS certificate use case", get);
    this.list = Checks.notNull("list TLS certificates use case", list);
    this.delete = Checks.notNull("delete TLS certificate use case", delete);
  }

  CreateTLSCertificateResponse create(CreateTLSCertificateRequest request) {
    var created = create.create(TlsCertificateProtoMapper.toDomain(request));
    return CreateTLSCertificateResponse.newBuilder()
        .setCertificate(TlsCertificateProtoMapper.toProto(created))
        .build();
  }

  GetTLSCertificateResponse get(GetTLSCertificateRequest request) {
    var found =
        get.read(
            CallerContext.current(),
            new dev.warren.domain.port.in.GetTlsCertificateRequest(
                CertificateRef.of(request.getId(), request.getName()),
                ReadConsistency.LINEARIZABLE));
    return GetTLSCertificateResponse.newBuilder()
        .setCertificate(TlsCertificateProtoMapper.toProto(found))
        .build();
  }

  ListTLSCertificatesResponse list() {
    var certificates = list.list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE));
    return ListTLSCertificatesResponse.newBuilder()
        .addAllCertificates(certificates.stream().map(TlsCertificateProtoMapper::toProto).toList())
        .build();
  }

  DeleteTLSCertificateResponse delete(DeleteTLSCertificateRequest request) {
    delete.delete(
        new dev.warren.domain.port.in.DeleteTlsCertificateRequest(
            CertificateRef.of(request.getId(), request.getName())));
    return DeleteTLSCertificateResponse.newBuilder().setStatus(DELETED_STATUS).build();
  }
}
