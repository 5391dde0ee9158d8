package dev.warren.adapters.grpc.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The server's trust manager for client certificates: it accepts any one during the handshake
 * (which still proves the client holds the certificate's key) so that the API can answer a
 * certificate from another CA, or an expired one, with UNAUTHENTICATED and a reason instead of a
 * bare handshake failure. {@link ClientCertificateVerifier} makes the real decision per call.
 * It advertises no acceptable issuers, so clients send whatever certificate they have.
 */
public final class DeferredClientTrustManager extends X509ExtendedTrustManager {

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
    requireChain(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    requireChain(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    requireChain(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("this trust manager only serves a server");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("this trust manager only serves a server");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this trust manager only serves a server");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }

  private static void requireChain(X509Certificate[] chain) {
    if (chain == null || chain.length == 0) {
      throw new IllegalArgumentException("no client certificate chain");
    }
  }
}
