package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.crypto.BcCsrAdapter;
import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.cli.cluster.CertificateRequester;
import dev.warren.domain.port.out.KeyAndCsrPort;

/**
 * What {@code cluster login} needs: a local key and CSR, and RequestCertificate over TLS pinned to
 * the token's CA digest (no client certificate).
 */
@Module
public interface LoginModule {

  @Provides
  static KeyAndCsrPort keyAndCsr() {
    return new BcCsrAdapter();
  }

  @Provides
  static CertificateRequester certificateRequester() {
    return (manager, caDigest, deadline, request) -> {
      try (GrpcWarrenClient client =
          GrpcWarrenClient.over(
              manager.toString(),
              deadline,
              GrpcChannels.pinnedCa(manager.host(), manager.port(), caDigest))) {
        return client.requestCertificate(request);
      }
    };
  }
}
