package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.IssuedCertificateProtoMapper;
import dev.warren.adapters.grpc.proto.RequestCertificateRequest;
import dev.warren.adapters.grpc.proto.RequestCertificateResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.RequestCertificateUseCase;

/** RequestCertificate: a join token redeemed for a cluster certificate. */
final class CertificateRpcs {
  private final RequestCertificateUseCase requestCertificate;

  CertificateRpcs(RequestCertificateUseCase requestCertificate) {
    this.requestCertificate = Checks.notNull("request certificate use case", requestCertificate);
  }

  RequestCertificateResponse request(RequestCertificateRequest request) {
    return IssuedCertificateProtoMapper.toProto(
        requestCertificate.request(IssuedCertificateProtoMapper.toDomain(request)));
  }
}
