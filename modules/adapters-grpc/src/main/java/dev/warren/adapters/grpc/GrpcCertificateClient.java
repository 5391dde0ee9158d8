package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.IssuedCertificateProtoMapper;
import dev.warren.adapters.grpc.proto.RequestCertificateResponse;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.in.RequestCertificateUseCase;
import dev.warren.domain.port.out.IssuedCertificate;

/**
 * RequestCertificate on a remote manager, behind {@link GrpcWarrenClient#requestCertificate},
 * sharing its connection and deadline. The channel decides how the manager is trusted: a joining
 * node pins the CA digest of its token. Thread-safe.
 */
record GrpcCertificateClient(StubCaller calls) implements RequestCertificateUseCase {

  @Override
  public IssuedCertificate request(RequestCertificateRequest request) {
    RequestCertificateResponse response =
        calls.call(stub -> stub.requestCertificate(IssuedCertificateProtoMapper.toProto(request)));
    return IssuedCertificateProtoMapper.toDomain(response);
  }
}
