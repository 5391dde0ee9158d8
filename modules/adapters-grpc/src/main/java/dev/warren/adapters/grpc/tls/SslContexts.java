package dev.warren.adapters.grpc.tls;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import java.util.function.UnaryOperator;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;

/** Netty TLS contexts for the API: JDK provider, TLS 1.3 only, HTTP/2 over ALPN. */
public final class SslContexts {
  /** The only protocol the API speaks. */
  public static final String TLS_1_3 = "TLSv1.3";

  private SslContexts() {}

  /**
   * The server side: {@code keyManager}'s identity; client certificates optional and accepted
   * during the handshake (judged per call, see {@link DeferredClientTrustManager}).
   */
  public static SslContext server(KeyManager keyManager) {
    try {
      return GrpcSslContexts.configure(SslContextBuilder.forServer(keyManager), SslProvider.JDK)
          .protocols(TLS_1_3)
          .clientAuth(ClientAuth.OPTIONAL)
          .trustManager(new DeferredClientTrustManager())
          .build();
    } catch (SSLException failure) {
      throw new IllegalStateException("cannot build the server TLS context", failure);
    }
  }

  /** A client presenting {@code keyManager}'s identity, trusting servers the CA issued. */
  public static SslContext client(KeyManager keyManager, X509Certificate trustedCa) {
    return client(builder -> builder.keyManager(keyManager).trustManager(trustedCa));
  }

  /** A client presenting {@code keyManager}'s identity, trusting what {@code trustManager} does. */
  public static SslContext client(KeyManager keyManager, TrustManager trustManager) {
    return client(builder -> builder.keyManager(keyManager).trustManager(trustManager));
  }

  /** A client without certificate, trusting what {@code trustManager} accepts. */
  public static SslContext client(TrustManager trustManager) {
    return client(builder -> builder.trustManager(trustManager));
  }

  /** A TLS 1.3 client context with what {@code identityAndTrust} sets. */
  private static SslContext client(UnaryOperator<SslContextBuilder> identityAndTrust) {
    try {
      return identityAndTrust
          .apply(
              GrpcSslContexts.configure(SslContextBuilder.forClient(), SslProvider.JDK)
                  .protocols(TLS_1_3))
          .build();
    } catch (SSLException failure) {
      throw new IllegalStateException("cannot build the client TLS context", failure);
    }
  }
}
