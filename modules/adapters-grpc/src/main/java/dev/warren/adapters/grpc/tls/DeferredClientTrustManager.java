package dev.warren.adapters.grpc.tls;

import java.security.cert.X509Certificate;

/**
 * The server's trust manager for client certificates: it accepts any one during the handshake
 * (which still proves the client holds the certificate's key) so that the API can answer a
 * certificate from another CA, or an expired one, with UNAUTHENTICATED and a reason instead of a
 * bare handshake failure. {@link ClientCertificateVerifier} makes the real decision per call. It
 * advertises no acceptable issuers, so clients send whatever certificate they have.
 */
public final class DeferredClientTrustManager extends OneSidedTrustManager {

  public DeferredClientTrustManager() {
    super(Peers.CLIENTS);
  }

  @Override
  void checkPeer(X509Certificate[] chain) {
    if (chain == null || chain.length == 0) {
      throw new IllegalArgumentException("no client certificate chain");
    }
  }
}
