package dev.warren.adapters.grpc.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager that judges the peers of one side only: a server's trust in clients, or a
 * client's trust in servers. Asked about the other side it refuses, so it can never be wired into
 * the wrong end by mistake. It advertises no acceptable issuers.
 */
abstract class OneSidedTrustManager extends X509ExtendedTrustManager {
  /** Which peers this manager judges. */
  enum Peers {
    CLIENTS,
    SERVERS
  }

  private final Peers judged;

  OneSidedTrustManager(Peers judged) {
    this.judged = judged;
  }

  /** Accepts {@code chain} or throws, whatever the socket or engine. */
  abstract void checkPeer(X509Certificate[] chain) throws CertificateException;

  private void check(Peers side, X509Certificate[] chain) throws CertificateException {
    if (side != judged) {
      throw new CertificateException(
          "this trust manager judges only " + judged.name().toLowerCase(Locale.ROOT));
    }
    checkPeer(chain);
  }

  @Override
  public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(Peers.CLIENTS, chain);
  }

  @Override
  public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(Peers.CLIENTS, chain);
  }

  @Override
  public final void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(Peers.CLIENTS, chain);
  }

  @Override
  public final void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(Peers.SERVERS, chain);
  }

  @Override
  public final void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(Peers.SERVERS, chain);
  }

  @Override
  public final void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(Peers.SERVERS, chain);
  }

  @Override
  public final X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
